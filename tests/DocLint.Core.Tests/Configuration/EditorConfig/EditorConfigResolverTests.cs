using DocLint.Configuration.EditorConfig;

namespace DocLint.Core.Tests.Configuration.EditorConfig;

public sealed class EditorConfigResolverTests
{
    [Fact]
    public void The_nearest_file_wins_and_records_where_each_value_came_from()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n\n[*.md]\nmax_line_length = 80\nspelling = strict\n")
            .Add("repo/docs/.editorconfig", "[*.md]\nmax_line_length = 120\n");

        var result = Resolve(source, "repo/docs/guide.md");

        Assert.Equal(new EditorConfigValue("max_line_length", "120", Config("repo/docs"), 2), result.Properties["max_line_length"]);
        Assert.Equal(new EditorConfigValue("spelling", "strict", Config("repo"), 5), result.Properties["spelling"]);
    }

    [Fact]
    public void Within_a_file_the_later_section_wins()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[*.md]\nk = first\n[*]\nk = second\n[*.txt]\nk = other\n");

        var value = Resolve(source, "repo/a.md").Properties["k"];

        Assert.Equal(("second", 5), (value.Value, value.Line));
    }

    [Fact]
    public void A_root_file_stops_the_search()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add(".editorconfig", "[*]\nabove = yes\n")
            .Add("repo/.editorconfig", "root = true\n[*]\nhere = yes\n");

        var result = Resolve(source, "repo/sub/a.md");

        Assert.Equal(["here"], result.Properties.Keys);
    }

    [Fact]
    public void Without_a_root_file_the_search_goes_up_to_the_file_system_root()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add(".editorconfig", "[*]\nabove = yes\n")
            .Add("repo/.editorconfig", "[*]\nhere = yes\n");

        var result = Resolve(source, "repo/sub/a.md");

        Assert.Equal(["above", "here"], result.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, source.ReadsOf(".editorconfig"));
    }

    [Fact]
    public void Keys_are_compared_case_insensitively()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[*]\nMax_Line_Length = 80\n")
            .Add("repo/docs/.editorconfig", "[*]\nMAX_LINE_LENGTH = 100\n");

        var result = Resolve(source, "repo/docs/a.md");

        Assert.Equal("100", result.Properties["Max_Line_Length"].Value);
        Assert.Equal("max_line_length", Assert.Single(result.Properties).Key);
    }

    [Fact]
    public void Unset_removes_an_inherited_property()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[*]\ncharset = utf-8\nmy_rule = on\n")
            .Add("repo/docs/.editorconfig", "[*]\ncharset = UNSET\nmy_rule = unset\n");

        var resolver = new EditorConfigResolver(source);
        var path = VirtualTree.PathOf("repo/docs/a.md");

        Assert.Empty(resolver.Resolve(path).Properties);

        // A core still reports unset as a value; only the public result drops it.
        Assert.Equal(["charset=unset", "my_rule=unset"], resolver.ResolveCore(path).Values.Select(v => $"{v.Key}={v.Value}"));
    }

    [Fact]
    public void Unset_only_applies_to_the_exact_value_for_keys_whose_values_keep_their_case()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[*]\nmy_rule = UNSET\n");

        Assert.Equal("UNSET", Resolve(source, "repo/a.md").Properties["my_rule"].Value);
    }

    [Fact]
    public void Unset_indent_size_also_removes_the_tab_width_derived_from_it()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[*]\nindent_size = 2\n")
            .Add("repo/docs/.editorconfig", "[*]\nindent_size = unset\n");

        Assert.Empty(Resolve(source, "repo/docs/a.md").Properties);
        Assert.Equal(["indent_size", "tab_width"], Resolve(source, "repo/a.md").Properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Derived_indentation_values_point_at_the_pair_they_copy()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[*.md]\nindent_size = 4\n[*.txt]\nindent_style = tab\n[*.rst]\nindent_size = tab\ntab_width = 8\n");

        Assert.Equal(new EditorConfigValue("tab_width", "4", Config("repo"), 3), Resolve(source, "repo/a.md").Properties["tab_width"]);
        Assert.Equal(new EditorConfigValue("indent_size", "tab", Config("repo"), 5), Resolve(source, "repo/a.txt").Properties["indent_size"]);
        Assert.Equal(new EditorConfigValue("indent_size", "8", Config("repo"), 8), Resolve(source, "repo/a.rst").Properties["indent_size"]);
    }

    [Fact]
    public void A_section_with_a_slash_is_relative_to_the_directory_of_its_own_file()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[docs/*.md]\nfrom_top = yes\n")
            .Add("repo/docs/.editorconfig", "[docs/*.md]\nfrom_docs = yes\n[/*.md]\nanchored = yes\n");

        Assert.Equal(["anchored", "from_top"], Resolve(source, "repo/docs/a.md").Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["from_docs"], Resolve(source, "repo/docs/docs/a.md").Properties.Keys);
        Assert.Empty(Resolve(source, "repo/other/docs/a.md").Properties);
    }

    [Fact]
    public void Problems_of_the_files_consulted_are_reported_with_path_and_line()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add(".editorconfig", "not consulted: above the root\n")
            .Add("repo/.editorconfig", "root = true\n[*]\nbad line\n")
            .Add("repo/docs/.editorconfig", "[*]\n\n\n= x\n");

        var result = Resolve(source, "repo/docs/a.md");

        Assert.Equal([(Config("repo"), 3), (Config("repo/docs"), 4)], result.Problems.Select(p => (p.Path, p.Line)));
    }

    [Fact]
    public void An_unreadable_file_is_a_problem_and_the_search_goes_on()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[*]\nk = v\n")
            .AddUnreadable("repo/docs/.editorconfig");

        var result = Resolve(source, "repo/docs/a.md");

        Assert.Equal("v", result.Properties["k"].Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((Config("repo/docs"), 0), (problem.Path, problem.Line));
        Assert.Contains("could not be read", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_name_too_slow_to_match_is_skipped_with_a_problem()
    {
        // Long enough for the backtracking fallback, and exponential for it on a path of a's without a b.
        var prefix = new string('x', 2100);
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", $"root = true\n[*]\nk = all\n[{prefix}{string.Concat(Enumerable.Repeat("*a", 30))}b]\nk = slow\n");

        var result = Resolve(source, $"repo/{prefix}{new string('a', 200)}");

        Assert.Equal("all", result.Properties["k"].Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((Config("repo"), 4), (problem.Path, problem.Line));
        Assert.Contains("took longer than", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_file_is_read_once_per_resolver_even_in_parallel()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[*]\nk = top\n")
            .Add("repo/a/.editorconfig", "[*]\nk = a\n")
            .Add("repo/b/.editorconfig", "[*]\nk = b\n");
        var resolver = new EditorConfigResolver(source);
        var files = Enumerable.Range(0, 400).Select(i => VirtualTree.PathOf($"repo/{(i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "c")}/f{i}.md")).ToArray();

        var values = new string[files.Length];
        Parallel.For(0, files.Length, i => values[i] = resolver.Resolve(files[i]).Properties["k"].Value);

        Assert.All(source.Reads.Values, count => Assert.Equal(1, count));
        Assert.Equal(files.Select((_, i) => i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "top"), values);
    }

    [Fact]
    public void Dot_segments_in_the_path_are_resolved_first()
    {
        var source = new InMemoryEditorConfigFileSource()
            .Add("repo/.editorconfig", "root = true\n[docs/*.md]\nk = v\n");

        Assert.Equal("v", Resolve(source, "repo/other/../docs/./a.md").Properties["k"].Value);
    }

    [Fact]
    public void A_relative_path_is_refused()
    {
        var resolver = new EditorConfigResolver(new InMemoryEditorConfigFileSource());

        Assert.Throws<ArgumentException>(() => resolver.Resolve("docs/a.md"));
    }

    [Fact]
    public void A_file_source_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => new EditorConfigResolver(null!));
    }

    private static EditorConfigResult Resolve(InMemoryEditorConfigFileSource source, string relativePath) =>
        new EditorConfigResolver(source).Resolve(VirtualTree.PathOf(relativePath));

    private static string Config(string relativeDirectory) => VirtualTree.PathOf(relativeDirectory + "/.editorconfig");
}

using Markdig;

// Usage: BareMarkdig PATH...   (files or folders; folders are searched for *.md, *.markdown, *.txt)
// Prints the file count, bytes and the total number of Markdown blocks, so the parse cannot be optimised away.
var extensions = new HashSet<string>([".md", ".markdown", ".txt"], StringComparer.OrdinalIgnoreCase);
var files = args.SelectMany(path => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => extensions.Contains(Path.GetExtension(f)))
        : [path])
    .ToArray();
var pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().UsePipeTables().UseFootnotes().Build();
long bytes = 0;
long blocks = 0;
Parallel.ForEach(files, file =>
{
    var text = File.ReadAllText(file);
    var document = Markdown.Parse(text, pipeline);
    Interlocked.Add(ref bytes, text.Length);
    Interlocked.Add(ref blocks, document.Count);
});
Console.WriteLine($"{files.Length} files, {bytes} chars, {blocks} top-level blocks");

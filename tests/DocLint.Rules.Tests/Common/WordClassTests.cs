using System.Collections.Frozen;
using System.Reflection;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// Every word class has a key filter in front of its set (issue 11): its answer is the set's for any word, in any case,
/// and the filter turns away the common words no class of the kind holds.
/// </summary>
public sealed class WordClassTests
{
    private static readonly string[] Probes =
    [
        "the", "The", "said", "SAID", "officials", "Officials", "however", "percent", "Trump", "2019", "it's", "don't",
        "U.S.", "e-mail", "café", "\u0131s", "hıs", "I", "a", "an", "x", "", "Zorblaxian", "according", "reportedly",
    ];

    public static TheoryData<string> Classes()
    {
        var data = new TheoryData<string>();
        foreach (var field in ClassFields())
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void Answers_as_its_set_for_its_own_words_in_any_case_and_for_other_words(string name)
    {
        var wordClass = (WordClass)ClassFields().Single(f => f.Name == name).GetValue(null)!;
        // The set as Load builds it, from the class's own words: the answers the filter must not change.
        var set = wordClass.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(set, word =>
        {
            Assert.True(wordClass.Contains(word));
            // In capitals, a word an organisation's acronym spells ("WHO", "IT") is the name, in no class (names43).
            Assert.Equal(!SpelledAcronyms.IsSpelled(word.ToUpperInvariant()), wordClass.Contains(word.ToUpperInvariant()));
            Assert.True(wordClass.Contains(char.ToUpperInvariant(word[0]) + word[1..]));
        });
        Assert.All(Probes, probe => Assert.Equal(set.Contains(probe), wordClass.Contains(probe)));
        Assert.All(set, word => Assert.Equal(set.Contains(word + "s"), wordClass.Contains(word + "s")));
    }

    // "a WHO source said": the acronym in capitals is no relative pronoun; the word in any other case still is (names43).
    [Theory]
    [InlineData("who", true)]
    [InlineData("Who", true)]
    [InlineData("WHO", false)]
    [InlineData("IT", false)]
    public void Takes_a_spelled_acronym_in_capitals_for_the_name(string text, bool member) =>
        Assert.Equal(member, WordClasses.RelativePronouns.Contains(text) || WordClasses.SubjectPronouns.Contains(text));

    // ListedCounts asked a phrase of tokens ("at least", "as many as") by joining their texts with spaces (mend46 reads
    // them in place): for every class's entries, in any case, and for a few other token runs, the answer is the join's.
    [Theory]
    [MemberData(nameof(Classes))]
    public void Answers_a_phrase_of_tokens_as_for_their_texts_joined(string name)
    {
        var wordClass = (WordClass)ClassFields().Single(f => f.Name == name).GetValue(null)!;
        var texts = wordClass.SelectMany(w => new[] { w, w.ToUpperInvariant() }).Concat(["as many as 12", "at least three", "WHO said", "IT", ""]);

        Assert.All(texts, text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            for (var start = 0; start <= tokens.Length; start++)
            {
                for (var end = start; end <= tokens.Length; end++)
                {
                    var joined = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text));
                    Assert.Equal(wordClass.Contains(joined), wordClass.ContainsPhrase(tokens, start, end));
                }
            }
        });
    }

    // mend47: five readers stripped a plural's ending by hand before asking a class (study nouns: -ies, -ses, -s; agent
    // nouns: -s, -ies; scale words, survey nouns, act nouns: -s). One member reads all three endings, case-blind.
    [Theory]
    [InlineData("StudyNouns", "poll", true)]
    [InlineData("StudyNouns", "polls", true)]
    [InlineData("StudyNouns", "studies", true)]
    [InlineData("StudyNouns", "analyses", true)]
    [InlineData("StudyNouns", "Meta-analyses", true)]
    [InlineData("StudyNouns", "POLLS", true)]
    [InlineData("StudyNouns", "STUDIES", true)]
    [InlineData("StudyNouns", "pollsters", false)]
    [InlineData("StudyNouns", "polles", false)]
    [InlineData("StudyNouns", "s", false)]
    [InlineData("StudyNouns", "", false)]
    [InlineData("AgentNouns", "parties", true)]
    [InlineData("AgentNouns", "migrants", true)]
    [InlineData("AgentNouns", "party", true)]
    [InlineData("AgentNouns", "partie", false)]
    [InlineData("ScaleWords", "THOUSANDS", true)]
    [InlineData("ScaleWords", "millions", true)]
    [InlineData("ScaleWords", "bn", true)]
    [InlineData("ScaleWords", "Ms", true)]
    [InlineData("ScaleWords", "thousandses", false)]
    [InlineData("SurveyNouns", "surveys", true)]
    [InlineData("ActNouns", "bids", true)]
    [InlineData("ActNouns", "bidses", false)]
    // An acronym in capitals that spells a function word stays the name as a plural's singular, as Contains keeps it.
    [InlineData("RelativePronouns", "whos", true)]
    [InlineData("RelativePronouns", "WHOS", false)]
    public void Reads_a_listed_noun_or_its_regular_plural(string name, string word, bool expected)
    {
        var wordClass = (WordClass)ClassFields().Single(f => f.Name == name).GetValue(null)!;

        Assert.Equal(expected, wordClass.ContainsNounOrPlural(word));
    }

    // The singular is looked up in place: for every class's words, their plurals in any case and a few probes, the
    // answer is the one Contains gives the singular made as a string.
    [Theory]
    [MemberData(nameof(Classes))]
    public void Answers_a_plural_as_Contains_answers_its_singular(string name)
    {
        var wordClass = (WordClass)ClassFields().Single(f => f.Name == name).GetValue(null)!;
        var words = wordClass.SelectMany(Forms).Concat(Probes).Concat(["ITS", "its", "WHOS", "s", "ies", "ses", "S"]);

        Assert.All(words, word => Assert.Equal(ReferencePlural(wordClass, word), wordClass.ContainsNounOrPlural(word)));

        static IEnumerable<string> Forms(string word)
        {
            foreach (var form in new[] { word, word + "s", word + "es", word.Length > 1 ? word[..^1] + "ies" : word, word.Length > 2 ? word[..^2] + "ses" : word })
            {
                yield return form;
                yield return form.ToUpperInvariant();
                yield return char.ToUpperInvariant(form[0]) + form[1..];
            }
        }
    }

    private static bool ReferencePlural(WordClass wordClass, string word) =>
        wordClass.Contains(word)
        || (word.Length > 1 && word[^1] is 's' or 'S' && wordClass.Contains(word[..^1]))
        || (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && wordClass.Contains(word[..^3] + "y"))
        || (word.EndsWith("ses", StringComparison.OrdinalIgnoreCase) && wordClass.Contains(word[..^2] + "is"));

    public static TheoryData<string> ClassLists()
    {
        var data = new TheoryData<string>();
        foreach (var name in LexiconBundle.Names.Where(n => n.StartsWith("class-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    // perf46 (after perf45's patch) freezes a class from one case-blind hash set parsed straight from its list, with its
    // filter read from the set's words. Before, the list was parsed (ParseEntries), frozen case-blind, and the filter
    // built from the words lower-cased: the two builds must hold the same words in the same order and set the same
    // filter bits, for every list (and with extra words, as class-label-words has "#" and "c#").
    [Theory]
    [MemberData(nameof(ClassLists))]
    public void Is_built_as_the_frozen_set_and_its_filter_were(string name)
    {
        string[] extra = name == "class-label-words" ? ["#", "c#"] : [];
        var content = LexiconBundle.Read(name)!;
        var built = WordClass.Parse(content, extra);
        var old = Lexicon.ParseEntries(content).Concat(extra).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var oldFilter = old.All(w => System.Text.Ascii.IsValid(w)) ? new KeyFilter([.. old.Select(w => w.ToLowerInvariant())]) : default;

        Assert.Equal(old.Count, built.Count);
        Assert.True(built.SetEquals(old));
        Assert.Equal(old.ToArray(), built.ToArray());
        Assert.All(old, word => Assert.Equal(!SpelledAcronyms.IsSpelled(word.ToUpperInvariant()), built.Contains(word.ToUpperInvariant())));
        Assert.Equal(FilterBits(oldFilter), FilterBits(FilterOf(built)));
    }

    [Fact]
    public void Every_class_is_filtered()
    {
        var fields = ClassFields().ToList();

        Assert.True(fields.Count >= 200, $"{fields.Count} classes");
        Assert.DoesNotContain(typeof(WordClasses).GetFields(BindingFlags.Public | BindingFlags.Static), f => f.FieldType == typeof(FrozenSet<string>));
    }

    private static KeyFilter FilterOf(WordClass wordClass) =>
        (KeyFilter)typeof(WordClass).GetField("_filter", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(wordClass)!;

    // The filter's two bit arrays, "none" for the default filter that lets every token through.
    private static readonly string[] FilterFields = ["_lengthsByFirst", "_ends"];

    private static string FilterBits(KeyFilter filter) =>
        string.Join(
            "|",
            FilterFields.Select(f => typeof(KeyFilter).GetField(f, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(filter))
                .Select(bits => bits is ulong[] array ? string.Join(",", array) : "none"));

    private static IEnumerable<FieldInfo> ClassFields() =>
        typeof(WordClasses).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(WordClass));
}

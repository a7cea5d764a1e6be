using System.Collections.Frozen;
using System.Reflection;
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
            Assert.True(wordClass.Contains(word.ToUpperInvariant()));
            Assert.True(wordClass.Contains(char.ToUpperInvariant(word[0]) + word[1..]));
        });
        Assert.All(Probes, probe => Assert.Equal(set.Contains(probe), wordClass.Contains(probe)));
        Assert.All(set, word => Assert.Equal(set.Contains(word + "s"), wordClass.Contains(word + "s")));
    }

    [Fact]
    public void Every_class_is_filtered()
    {
        var fields = ClassFields().ToList();

        Assert.True(fields.Count >= 200, $"{fields.Count} classes");
        Assert.DoesNotContain(typeof(WordClasses).GetFields(BindingFlags.Public | BindingFlags.Static), f => f.FieldType == typeof(FrozenSet<string>));
    }

    private static IEnumerable<FieldInfo> ClassFields() =>
        typeof(WordClasses).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(WordClass));
}

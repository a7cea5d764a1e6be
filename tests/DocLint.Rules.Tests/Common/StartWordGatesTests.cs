using System.Text;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Certainty;
using DocLint.Rules.Common;
using DocLint.Rules.Figures;
using DocLint.Rules.Semantics;
using DocLint.Rules.Sources;
using DocLint.Rules.Tests.Semantics;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// The two readers' gates (UnheldTellings, UnownedReports) read their first words from the sentence's lexicon marks
/// alone (issue 11; perf56, rev47): each gate must answer what the scan of every token answered. So do the predicative
/// certainty frame's copulas, the poll nouns PollSubjects walks back to and the participles UnheldJudgements looks for
/// first (perf58).
/// </summary>
public sealed class StartWordGatesTests
{
    // Every first word must be one ASCII token that the marks start at in any case, or a gate could turn away a sentence
    // the case-blind class holds.
    [Fact]
    public void Every_first_word_of_both_readers_is_one_ascii_token_the_sentences_marks_start_at() =>
        AssertEveryWordIsOneAsciiTokenTheMarksStartAt(UnheldTellings.StartWords, UnownedReports.StartWords);

    // perf58: the predicative certainty frame's copulas, PollSubjects' poll nouns and UnheldJudgements' participles are
    // read from the marks alone too.
    [Fact]
    public void Every_copula_poll_noun_and_judgement_participle_is_one_ascii_token_the_sentences_marks_start_at() =>
        AssertEveryWordIsOneAsciiTokenTheMarksStartAt(PredicativeCertaintyFrame.CopulaWords, PollSubjects.PollWords, UnheldJudgements.ParticipleLexicon);

    private static void AssertEveryWordIsOneAsciiTokenTheMarksStartAt(params Lexicon[] lexicons)
    {
        foreach (var lexicon in lexicons)
        {
            Assert.NotEmpty(lexicon.Entries);
            foreach (var word in lexicon.Entries)
            {
                Assert.True(Ascii.IsValid(word), word);
                foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
                {
                    var tokens = Tokenizer.Tokenize(form);
                    Assert.Equal([form], tokens.Select(static t => t.Text));
                    Assert.True(RuleLexiconSet.Default.Match(tokens).MarksOf(lexicon).StartsAt(0), form);
                }
            }
        }
    }

    // Each gate's answer, and the scan of every token it replaced, which must agree: words in capitals, a sentence with a
    // curly apostrophe or emoji (text outside ASCII, its first word in ASCII), a word in a letter outside ASCII ("ſaid",
    // which neither the class nor the marks fold), and guards: the singular "report", a word that only begins like "told".
    [Theory]
    [InlineData("We are breathlessly TOLD it has spread.", true, false)]
    [InlineData("It Is Even Said that he left.", true, false)]
    [InlineData("At Google, we\u2019re regularly told that biases hold women back.", true, false)]
    [InlineData("Stocks fell on RUMORS that the bank would fail.", false, true)]
    [InlineData("Fans wept \U0001F62D at the news, and rumours spread.", false, true)]
    [InlineData("It is even \u017Faid that he left.", false, false)]
    [InlineData("The report of the panel was toldo.", false, false)]
    public void Each_gate_answers_what_the_scan_of_every_token_answered(string text, bool telling, bool report)
    {
        var fixture = SemanticsFixture.Of(text);
        var lexicons = fixture.Input.Lexicons;
        var tokens = fixture.Sentence.Tokens;

        Assert.Equal(telling, UnheldTellings.AnyStart(lexicons));
        Assert.Equal(tokens.Any(UnheldTellings.MayStart), telling);
        Assert.Equal(report, UnownedReports.AnyStart(lexicons));
        Assert.Equal(tokens.Any(UnownedReports.MayStart), report);
    }

    // The marks alone answer the gates (rev47): a token with a character outside ASCII could be in an ASCII class only if
    // that character equalled an ASCII letter under the classes' comparer, and none of the BMP does ("ſ" is not "s",
    // the Kelvin sign is not "k"), so such a token is in no class of ASCII words.
    [Fact]
    public void No_character_outside_ascii_equals_an_ascii_letter_under_the_classes_comparer()
    {
        var letters = Enumerable.Range('a', 26).SelectMany(static c => new[] { (char)c, char.ToUpperInvariant((char)c) }).ToArray();
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var text = ((char)c).ToString();
            foreach (var letter in letters)
            {
                Assert.False(StringComparer.OrdinalIgnoreCase.Equals(text, letter.ToString()), $"U+{c:X4} = {letter}");
            }
        }
    }
}

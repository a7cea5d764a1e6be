using System.Text;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;
using DocLint.Rules.Sources;
using DocLint.Rules.Tests.Semantics;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// The two readers' gates (UnheldTellings, UnownedReports) read their first words from the sentence's lexicon marks
/// (issue 11): each gate must answer what the scan of every token answered.
/// </summary>
public sealed class MarkedWordsTests
{
    // Every first word must be one ASCII token that the marks start at in any case, or a gate could turn away a sentence
    // the case-blind class holds.
    [Fact]
    public void Every_first_word_of_both_readers_is_one_ascii_token_the_sentences_marks_start_at()
    {
        foreach (var lexicon in new[] { UnheldTellings.StartWords, UnownedReports.StartWords })
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
    // which the class does not fold), and guards: the singular "report", a word that only begins like "told".
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

        Assert.Equal(telling, UnheldTellings.AnyStart(lexicons, fixture.Sentence));
        Assert.Equal(tokens.Any(UnheldTellings.MayStart), telling);
        Assert.Equal(report, UnownedReports.AnyStart(lexicons, fixture.Sentence));
        Assert.Equal(tokens.Any(UnownedReports.MayStart), report);
    }

    // A sentence with text outside ASCII asks the class of each such token, which the marks cannot read ("ſaid" held by a
    // class that held it); an ASCII sentence is answered by its marks alone (a class holding every token, no mark: false).
    [Theory]
    [InlineData("It is \u017Faid that he left.", true)]
    [InlineData("It is known that he left.", false)]
    public void Asks_the_class_only_of_tokens_outside_ascii(string text, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);

        Assert.Equal(expected, MarkedWords.Any(fixture.Input.Lexicons, UnheldTellings.StartWords, fixture.Sentence, static t => !t.Is("is")));
    }
}

using DocLint.Documents;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.Core.Tests.Prose;

public sealed class SentenceSegmenterTests
{
    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in the U.S. capital. They talked.", "Mr. Smith met Dr. Jones in the U.S. capital.|They talked.")]
    [InlineData("Costs rose 2.5 percent to $12,400. Then they fell.", "Costs rose 2.5 percent to $12,400.|Then they fell.")]
    [InlineData("J. K. Rowling wrote it. It sold well.", "J. K. Rowling wrote it.|It sold well.")]
    [InlineData("Some fruit, e.g. apples, is cheap. Most is not.", "Some fruit, e.g. apples, is cheap.|Most is not.")]
    [InlineData("\"Is it over?\" she asked. \"No.\" He left.", "\"Is it over?\" she asked.|\"No.\"|He left.")]
    [InlineData("It ended in Jan. 2020 with a vote. Next came May.", "It ended in Jan. 2020 with a vote.|Next came May.")]
    [InlineData("Wait... What happened? Nobody knows!", "Wait...|What happened?|Nobody knows!")]
    [InlineData("The company moved to the U.S. The staff followed.", "The company moved to the U.S.|The staff followed.")]
    [InlineData("He wrote (in 2019) about it. Fine.", "He wrote (in 2019) about it.|Fine.")]
    [InlineData("The deal closed.Investors cheered.", "The deal closed.|Investors cheered.")]
    [InlineData("Version 3.1.4 shipped. Good.", "Version 3.1.4 shipped.|Good.")]
    // seg29: a quotation inside a quotation closes both marks after the stop; the sentence ends after the last one.
    [InlineData("He said, \u201CShe is Sofia in \u2018The Color Purple.'\u201D Gayle agreed.", "He said, \u201CShe is Sofia in \u2018The Color Purple.'\u201D|Gayle agreed.")]
    [InlineData("Everybody said, 'Can we move on?'\" Trump offered a deal.", "Everybody said, 'Can we move on?'\"|Trump offered a deal.")]
    [InlineData("(As I said, \"Ah yes, the two genders.\") But it also says a lot.", "(As I said, \"Ah yes, the two genders.\")|But it also says a lot.")]
    // dash32: a title's plural and the rarer titles abbreviate before names as the singular does ("Rep.", "Sen.").
    [InlineData("Reps. Rashida Tlaib and Ilhan Omar spoke. They left.", "Reps. Rashida Tlaib and Ilhan Omar spoke.|They left.")]
    [InlineData("Sens. Lindsey Graham and Lamar Alexander agreed. Others did not.", "Sens. Lindsey Graham and Lamar Alexander agreed.|Others did not.")]
    [InlineData("On the river, Govs. Phil Murphy and Andrew Cuomo met.", "On the river, Govs. Phil Murphy and Andrew Cuomo met.")]
    [InlineData("Army Pfc. Bradley Manning and Amb. Robert Lighthizer spoke with Drs. Dan Erickson and Ann Lee.", "Army Pfc. Bradley Manning and Amb. Robert Lighthizer spoke with Drs. Dan Erickson and Ann Lee.")]
    // Guards: a stop after a dotted abbreviation or a company word still ends a sentence before a sentence's first word.
    [InlineData("It began in the U.S. The next day it spread.", "It began in the U.S.|The next day it spread.")]
    [InlineData("She worked at Acme Inc. The firm grew.", "She worked at Acme Inc.|The firm grew.")]
    // rev32: a separator line of hyphens after a stop still opens the next sentence (the tokenizer keeps the run whole);
    // so do a typed dash and a single hyphen.
    [InlineData("The story ended.\n----------\nThe next one began.", "The story ended.|----------\nThe next one began.")]
    [InlineData("The story ended. ---- The next one began.", "The story ended.|---- The next one began.")]
    [InlineData("The story ended. -- The next one began.", "The story ended.|-- The next one began.")]
    [InlineData("The story ended. - The next one began.", "The story ended.|- The next one began.")]
    // Guards: a mark glued to the next word still does not close there, and a lower-case word after the closers goes on.
    [InlineData("He won.'Twas a good day.", "He won.'Twas a good day.")]
    [InlineData("She said \"it is 'over.'\" and left.", "She said \"it is 'over.'\" and left.")]
    public void Splits_at_sentence_ends_but_not_at_abbreviations_decimals_or_initials(string text, string expected)
    {
        var sentences = Segment(text);

        Assert.Equal(expected, string.Join('|', sentences.Select(s => s.Text)));
    }

    [Fact]
    public void Sentences_carry_their_tokens_and_spans()
    {
        var sentence = Segment("Nearly 900 households lost power.").Single();

        Assert.Equal(
            ["Word Nearly", "Number 900", "Word households", "Word lost", "Word power", "Punctuation ."],
            sentence.Tokens.Select(t => $"{t.Kind} {t.Text}"));
        Assert.Equal(new TextSpan(7, 3), sentence.Tokens[1].Span);
    }

    [Fact]
    public void Quotations_spanning_sentences_are_known_to_each_sentence()
    {
        var sentences = Segment("She said: “It may rain. It may not.” Then she left.");

        Assert.True(sentences[0].IsQuoted(new TextSpan(sentences[0].Text.IndexOf("may", StringComparison.Ordinal), 3)));
        Assert.True(sentences[1].IsQuoted(new TextSpan(sentences[1].Span.Start + 3, 3)));
        Assert.False(sentences[2].IsQuoted(new TextSpan(sentences[2].Span.Start, 4)));
    }

    [Fact]
    public void Each_sentence_knows_exactly_the_quotations_that_overlap_it_when_one_quotation_holds_another()
    {
        // The outer quotation ends after the inner one and spans two sentences; the last one has its own.
        var sentences = Segment("“He said ‘no’ today. Then he left.” Done. Quite ‘so’ indeed.");

        Assert.Equal(4, sentences.Length);
        Assert.Equal(
            ["[0..35)|[9..13)", "[0..35)", "", "[48..52)"],
            sentences.Select(s => string.Join('|', s.Quotations)).ToArray());
    }

    [Theory]
    // A paragraph that goes on with a quotation opened in an earlier one: its first mark closes it.
    [InlineData("The others could come around later,\" Smith said. She agreed.", "[0..36)")]
    [InlineData("Such a process could help. It may not.\u201D", "[0..39)")]
    [InlineData("They have an agenda,\" Barr said. \"But obviously it matters.\"", "[0..21)|[33..60)")]
    [InlineData("It may work.\u201D Then \u201Cnothing\u201D happened.", "[0..13)|[19..28)")]
    // A mark glued to a stop and to the next sentence (a page that lost its spaces) closes when the next mark plainly opens.
    [InlineData("He won.\"Obama said: \"We may win.\"", "[0..8)|[20..33)")]
    // Not a closing mark: an opening one, a scare quote whose opening mark the page lost, an inch mark, a mistyped
    // opening curly mark after a space (the inch mark still opens a quotation that runs to the end, as before).
    [InlineData("\"We may win,\" he said.", "[0..13)")]
    [InlineData("They made claims of credible fear\" and asked for asylum.", "[33..56)")]
    [InlineData("He stood 6'2\" tall and may play.", "[12..32)")]
    [InlineData("That might happen the next time \u201Dbeautiful\u201D protesters riot.", "")]
    // ... and stays an opening mark when the next one closes, or when no other mark follows.
    [InlineData("He won.\"We may win,\" Obama said.", "[7..20)")]
    [InlineData("He won.\"We may win.", "[7..19)")]
    public void A_paragraph_s_first_closing_mark_ends_a_quotation_opened_before_it(string text, string expected) =>
        Assert.Equal(expected, QuotationsOf(text));

    [Theory]
    // Straight single quotes pair as quotations; an apostrophe inside or at the end of a word does not open one.
    [InlineData("'We may win,' Biden said.", "[0..13)")]
    [InlineData("Biden's aides said the Democrats' plan may fail.", "")]
    // A closing mark glued to the next word after a comma (a page that lost its space) still closes.
    [InlineData("'He's been tough,'Deputy Press Secretary Raj Shah said.", "[0..18)")]
    // Curly quotes a conversion turned into question marks, and a stray ",?" that ends a straight quotation.
    [InlineData("?With his swing, we may win,? the president said.", "[0..29)")]
    [InlineData("\"Along the way we may be laid up,? Obama continued.", "[0..34)")]
    // An abbreviated year opens nothing: "the '90s" and "in '08," before a later quotation.
    [InlineData("The '90s were good, she said, 'and we may win.'", "[30..47)")]
    [InlineData("He won in '08, and said 'we may win.'", "[24..37)")]
    public void Loose_marks_quote_as_paired_ones_do(string text, string expected) => Assert.Equal(expected, QuotationsOf(text));

    private static string QuotationsOf(string text) => string.Join('|', Segment(text).SelectMany(s => s.Quotations).Distinct());

    [Fact]
    public void Equal_token_texts_in_one_document_share_one_string_and_sentences_read_their_text_from_the_block()
    {
        var first = new ProseBlock(0, ProseBlockKind.Paragraph, "The vote passed. The vote stood.", SourceMap.Identity(0, 32), [], InBlockQuote: false);
        var second = new ProseBlock(1, ProseBlockKind.Paragraph, "The vote failed.", SourceMap.Identity(34, 16), [], InBlockQuote: false);
        var analyzed = new DocLint.Analysis.AnalyzedDocument(new ProseDocument("doc.txt", DocumentKind.PlainText, SourceText.From(first.Text + "\n\n" + second.Text), [first, second], []));

        var votes = analyzed.Sentences.SelectMany(s => s.Tokens).Where(t => t.Text == "vote").ToArray();

        Assert.Equal(3, votes.Length);
        Assert.All(votes, v => Assert.Same(votes[0].Text, v.Text));
        Assert.Equal(["The vote passed.", "The vote stood.", "The vote failed."], analyzed.Sentences.Select(s => s.Text).ToArray());
        Assert.Equal("The vote stood.", analyzed.SentencesByBlock[0][1].AsSpan().ToString());
    }

    private static System.Collections.Immutable.ImmutableArray<Sentence> Segment(string text)
    {
        var block = new ProseBlock(0, ProseBlockKind.Paragraph, text, SourceMap.Identity(0, text.Length), [], InBlockQuote: false);
        return SentenceSegmenter.Segment(block);
    }
}

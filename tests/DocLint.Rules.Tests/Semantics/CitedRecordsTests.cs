using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>A record after "according to" that names its source without a capital: an issued record, or a document whose author follows "by" or "from".</summary>
public sealed class CitedRecordsTests
{
    // The source phrase runs from after "according to" to the sentence's stop.
    private static (SemanticsFixture Fixture, int Start, int End) AfterAccordingTo(string phrase)
    {
        var fixture = SemanticsFixture.Of($"The sum rose, according to {phrase}.");
        return (fixture, fixture.IndexOf("to") + 1, fixture.Sentence.Tokens.Length - 1);
    }

    [Theory]
    [InlineData("his tax return", true)]
    [InlineData("ethics filings", true)]
    [InlineData("a press release", true)]
    [InlineData("the agency's statement", true)]
    // The place or time the record stands in (class-record-place-prepositions).
    [InlineData("an unsealed affidavit in the case", true)]
    [InlineData("a statement on the website", true)]
    [InlineData("his tax return for 2016", true)]
    // A bare plural, a quantifier's count, a record that another preposition's phrase follows (what it records, its
    // author), a place after no record, a capitalised kind.
    [InlineData("filings", false)]
    [InlineData("some filings", false)]
    [InlineData("some filings in the case", false)]
    [InlineData("no statement", false)]
    [InlineData("a statement about the website", false)]
    [InlineData("a statement from a spokesman", false)]
    [InlineData("a lawyer in the case", false)]
    // rev47's lead (mend51): the first record noun before a place may sit inside another phrase; the words before it
    // must still all modify it, so "of" ends the reading.
    [InlineData("the author of a statement in the case", false)]
    [InlineData("Senate filings", false)]
    public void Reads_an_issued_record(string phrase, bool expected)
    {
        var (fixture, start, end) = AfterAccordingTo(phrase);

        Assert.Equal(expected, CitedRecords.IsIssuedRecord(fixture.Sentence.Tokens, start, end));
    }

    [Theory]
    [InlineData("an analysis by the National Council on Teacher Quality", true)]
    [InlineData("a report from the Congressional Budget Office", true)]
    // The author's phrase is no name; a preposition's phrase before "by"; a quantifier before the document.
    [InlineData("an analysis by experts", false)]
    [InlineData("minutes of the meeting by the Federal Reserve", false)]
    [InlineData("some reports by the Congressional Budget Office", false)]
    public void Reads_a_document_whose_author_is_named(string phrase, bool expected)
    {
        var (fixture, start, end) = AfterAccordingTo(phrase);

        Assert.Equal(expected, CitedRecords.NamesAuthor(fixture.Input, start, end, quoted: false));
    }
}

using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>
/// The words of each sentence that are someone else's, quoted or reported. Everything after a subject and its verb is
/// the speaker's (the addressee and the punctuation too), and a trailing ", officials said" takes all before it.
/// </summary>
public sealed class ReportedSpeechReaderTests
{
    [Theory]
    [InlineData("Officials said the road may reopen.", "the road may reopen .")]
    [InlineData("The road may reopen, officials said.", "The road may reopen , .")]
    [InlineData("The road may reopen, according to officials.", "The road may reopen , .")]
    // sources71: the source ends before its relative clause, which still closes the sentence; a clause after it does not.
    [InlineData("The road may reopen, said Senate aides who spoke on condition of anonymity.", "The road may reopen ,")]
    [InlineData("The road may reopen, according to officials who briefed reporters.", "The road may reopen , .")]
    [InlineData("The road may reopen, said two Senate aides who spoke, and the law may fail.", "The road may reopen ,")]
    [InlineData("According to officials, the road may reopen.", ", the road may reopen .")]
    [InlineData("Both parties agree that the law may fail.", "the law may fail .")]
    [InlineData("I think that the law may fail.", "")]
    [InlineData("Studies show that the law may fail.", "that the law may fail .")]
    [InlineData("The mayor told reporters that the law may fail.", "reporters that the law may fail .")]
    [InlineData("The mayor told him it may fail.", "him it may fail .")]
    [InlineData("The mayor called it \"a failure\" and left.", "\" a failure \"")]
    [InlineData("The law may fail.", "")]
    // A pronoun subject opens the reported clause without "that"; an object pronoun does not.
    [InlineData("Fauci did not weigh in on schools, but said it's unlikely a vaccine would be ready.", "unlikely a vaccine would be ready .")]
    [InlineData("Fauci did not weigh in on schools, but said it was unlikely.", "was unlikely .")]
    [InlineData("Fauci did not weigh in on schools, but said it twice.", "")]
    // A thought, fear or hope someone holds: its clause is the holder's; the author's own stays the author's.
    [InlineData("He thought he might study law.", "might study law .")]
    [InlineData("Shares fell amid fears they could lose the contract.", "they could lose the contract .")]
    [InlineData("Guterres expressed concern that the pandemic could spread.", "the pandemic could spread .")]
    [InlineData("I was worried that the law may fail.", "")]
    [InlineData("The report revived fears the plant could close.", "plant could close .")]
    [InlineData("Elsewhere, suspected Russian hackers might target the rolls.", "")]
    [InlineData("One suspects he may not grasp it.", "")]
    [InlineData("Parents voiced a worry that seems selfish.", "")]
    [InlineData("Studies addressed a concern that the count was wrong, but the hype was clearly political.", "the count was wrong ,")]
    // A time or setting adverbial between the speech verb and "that" leaves the clause the speaker's; a relative "that"
    // after the adverbial's noun does not open one. Anna Berg is read as the speaker across her long appositive
    // (sources66), and a read speaker's report runs from the verb, the adverbial with it.
    [InlineData("Former world champion Anna Berg, a Swede who is a fierce critic of the league and wary of its owners, argued in a statement that the league may fold.", "in a statement that the league may fold .")]
    [InlineData("Former world champion Anna Berg, a Swede who is a fierce critic of the league and wary of its owners, said last week that the league may fold.", "last week that the league may fold .")]
    // A guard only: "spoke" reports nothing, so this row does not reach the verb-group stop it is named for.
    [InlineData("He spoke in the interview that aired Sunday, and the law may fail.", "")]
    [InlineData("If anyone reported on that it would be, of course, news.", "")]
    [InlineData("The Treasury redacted the calendars, saying that they could be released later.", "they could be released later .")]
    // Guards, not regressions: these two pass without the comma reading and fail only if it forgets the verb tag.
    [InlineData("Arizona and Florida, states that reopened early, may see more cases.", "")]
    [InlineData("Also, note that even then the senator might lose.", "")]
    // A dash before a break word, or "and" before the author's own pronoun, ends the report; the speaker's "he" and
    // "they" and a comma aside inside the clause do not.
    [InlineData("Lawyers say the agency has yet to lose a case \u2014 although the record may mislead.", "the agency has yet to lose a case \u2014")]
    [InlineData("Trump claimed for years to be a Democrat and we all know he backed it.", "for years to be a Democrat and")]
    [InlineData("Huckabee said the protest was foolish and I guess it was planned.", "the protest was foolish and I guess it was planned .")]
    [InlineData("Huckabee said it happens when you grab a gun and you try to hit him, and it may be planned.", "it happens when you grab a gun and you try to hit him , and it may be planned .")]
    [InlineData("Obama said he certainly didn't want a war.", "he certainly didn't want a war .")]
    [InlineData("Critics said they have no doubt that it failed.", "they have no doubt that it failed .")]
    [InlineData("She said that, clearly, it could fail.", "that , clearly , it could fail .")]
    [InlineData("Officials said the plan \u2014 which costs more \u2014 could fail.", "the plan \u2014 which costs more \u2014 could fail .")]
    // dash32: a typed "--" is the same dash.
    [InlineData("Lawyers say the agency has yet to lose a case -- although the record may mislead.", "the agency has yet to lose a case --")]
    [InlineData("Officials said the plan -- which costs more -- could fail.", "the plan -- which costs more -- could fail .")]
    // scope34: an opening subordinate clause's report ends at the comma before the main clause's subject.
    [InlineData("After officials said the road was closed, the mayor may resign.", "the road was closed ,")]
    [InlineData("While critics argue that the law is unfair, the council may pass it.", "that the law is unfair ,")]
    [InlineData("After officials said the road was closed, he said the mayor may resign.", "the road was closed , the mayor may resign .")]
    public void Marks_quoted_and_reported_words(string text, string expected)
    {
        var fixture = SemanticsFixture.Of(text);
        var input = fixture.Input;
        var attributions = AttributionReader.Read(input, AttributionVerbs.Speech, quoted: false);
        var tokens = fixture.Sentence.Tokens;
        var opening = OpeningClauses.End(input);

        var others = Enumerable.Range(0, tokens.Length).Where(i => ReportedSpeechReader.IsOthersVoice(input, attributions, opening, i));

        Assert.Equal(expected, string.Join(' ', others.Select(i => tokens[i].Text)));
    }
}

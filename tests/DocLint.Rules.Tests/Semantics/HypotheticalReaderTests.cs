using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>The hypothetical reading: which words a condition, its consequent or a stated option supposes.</summary>
public sealed class HypotheticalReaderTests
{
    [Theory]
    // Conditions, wherever they stand, and the modal predicate they qualify.
    [InlineData("If a tax cut of one trillion dollars were passed, it would cost 200,000 jobs.", "trillion", "Condition")]
    [InlineData("If a tax cut of one trillion dollars were passed, it would cost 200,000 jobs.", "200,000", "Consequent")]
    [InlineData("Prices would rise unless talks succeed.", "succeed", "Condition")]
    [InlineData("Prices would rise unless talks succeed.", "rise", "Consequent")]
    [InlineData("In the event that talks fail, prices would rise.", "talks", "Condition")]
    [InlineData("In the event that talks fail, prices would rise.", "rise", "Consequent")]
    [InlineData("He could collect 45 delegates if Trump wins the state.", "45", "Consequent")]
    [InlineData("He could collect 45 delegates if Trump wins the state.", "wins", "Condition")]
    [InlineData("Even if only 1 percent were tested, there would be 20,000 false negatives.", "20,000", "Consequent")]
    [InlineData("It would be much better if the rating were 50 percent.", "50", "Condition")]
    [InlineData("They asked what they would do if they came into 1,000 dollars.", "1,000", "Condition")]
    [InlineData("A challenge can be triggered if 48 lawmakers submit letters.", "48", "Condition")]
    [InlineData("Even if the Senate deadlocks, it wouldn't be a split of 50 seats.", "50", "Consequent")]
    [InlineData("If each person was a star, it'd take 50 clear nights.", "50", "Consequent")]
    [InlineData("If they win, with a vice president able to break a tie, Democrats would need three seats.", "three", "Consequent")]
    [InlineData("If they win, if the map holds, Democrats would need three seats.", "map", "Condition")]
    [InlineData("He refused to sign it if it did not include 5.7 billion dollars (4.5 billion pounds) for the wall.", "4.5", "Condition")]
    [InlineData("Republicans would need nine Democrats, if all Republicans support the bill.", "nine", "Consequent")]
    [InlineData("If a program, for example, only reached 70 percent of its goal, it lost money.", "70", "Condition")]
    [InlineData("That would help if you raised the threshold to, say, 1 million dollars.", "1", "Condition")]
    [InlineData("(If you flip a coin, you'll get four heads in a row.)", "four", "Consequent")]
    // A dash ends a condition, and an en dash is a dash as an em dash is (PhraseBreaks): the aside is stated.
    [InlineData("If the fund runs dry \u2013 it holds 40 billion dollars \u2013 payments would stop.", "40", "None")]
    [InlineData("If the fund runs dry \u2013 it holds 40 billion dollars \u2013 payments would stop.", "dry", "Condition")]
    [InlineData("If the fund runs dry \u2013 it holds 40 billion dollars \u2013 payments would stop.", "stop", "Consequent")]
    [InlineData("If the fund runs dry \u2014 it holds 40 billion dollars \u2014 payments would stop.", "40", "None")]
    // A leading condition's main clause is its consequent with no modal, unless the condition concedes.
    [InlineData("If he wins 39 districts, he gets 130 delegates.", "130", "Consequent")]
    [InlineData("Even if a few teams change, there are still 2,200 schools.", "2,200", "None")]
    [InlineData("It was a striking, if partial, break with 30 years of hostility.", "30", "None")]
    // Suppositions opening a sentence, and inverted conditions.
    [InlineData("Suppose the bill costs 40 billion dollars.", "40", "Condition")]
    [InlineData("What if the court rules against them?", "court", "Condition")]
    [InlineData("Had they listened, they might have won.", "listened", "Condition")]
    [InlineData("Had they listened, they might have won.", "might", "Consequent")]
    [InlineData("Were the court to rule, the firms would pay 300 million dollars.", "court", "Condition")]
    [InlineData("Were the court to rule, the firms would pay 300 million dollars.", "300", "Consequent")]
    [InlineData("We could have saved thousands of lives had the virus been taken seriously.", "virus", "Condition")]
    [InlineData("We could have saved thousands of lives had the virus been taken seriously.", "thousands", "Consequent")]
    // A leading condition with no comma ends where the consequent's own subject and modal start, or at "then".
    [InlineData("If it reaches the coast the panic could overwhelm hospitals.", "coast", "Condition")]
    [InlineData("If it reaches the coast the panic could overwhelm hospitals.", "could", "Consequent")]
    [InlineData("If there is a bad link then the tool could warn you.", "could", "Consequent")]
    [InlineData("If you hope that Trump might change, you are wrong.", "might", "Condition")]
    // Stated options, plans and proposals.
    [InlineData("Alternatively, candidates could satisfy the requirement by reaching 6 percent in two polls.", "reaching", "Option")]
    [InlineData("They would have the option to collect benefits or get the 1,000 dollars.", "collect", "Option")]
    [InlineData("His plan would be to institute a tax of 10 percent.", "10", "Option")]
    [InlineData("He could give each American one dollar.", "each", "Option")]
    // Not hypothetical: set phrases, comparisons, embedded questions, a hedging "I suppose", forecasts, facts.
    [InlineData("If anything, prices rose 5 percent.", "5", "None")]
    [InlineData("She asked if he could come.", "could", "None")]
    [InlineData("It was unclear if 100 people came.", "100", "None")]
    [InlineData("It feels as if prices could rise.", "could", "None")]
    [InlineData("Recall, if you will, the 112,000 votes.", "112,000", "None")]
    [InlineData("Recall if you will the 112,000 votes.", "112,000", "None")]
    [InlineData("If you will, recall the 112,000 votes.", "112,000", "None")]
    [InlineData("Recall if you win the 112,000 votes.", "112,000", "Condition")]
    [InlineData("I suppose the plan costs 40 dollars.", "40", "None")]
    [InlineData("Alternatively, white people make up 64 percent of cases.", "64", "None")]
    [InlineData("The bill could cost 5 billion dollars.", "5", "None")]
    [InlineData("It could give the economy a boost.", "give", "None")]
    [InlineData("The senators said nothing, and the deficit grew by 2 billion dollars.", "2", "None")]
    public void Reads_each_word_s_hypothetical_role(string text, string token, string role)
    {
        var fixture = SemanticsFixture.Of(text);

        var reading = HypotheticalReader.Read(fixture.Input);

        Assert.Equal(Enum.Parse<HypotheticalRole>(role), reading.RoleAt(fixture.IndexOf(token)));
    }

    [Theory]
    [InlineData("Had they listened, they might have won.", "won", "might")]
    [InlineData("He could collect 45 delegates if Trump wins the state.", "45", "could")]
    [InlineData("His plan would be to institute a tax of 10 percent.", "10", "would")]
    [InlineData("If a tax cut of one trillion dollars were passed, it would cost 200,000 jobs.", "200,000", "would")]
    [InlineData("Alternatively, candidates could satisfy the requirement by reaching 6 percent in two polls.", "reaching", "could")]
    public void Names_the_modal_that_opens_a_consequent_or_option(string text, string token, string modal)
    {
        var fixture = SemanticsFixture.Of(text);

        var reading = HypotheticalReader.Read(fixture.Input);

        Assert.Equal(fixture.IndexOf(modal), reading.ModalOf(fixture.IndexOf(token)));
    }

    [Fact]
    public void A_consequent_without_a_modal_has_none()
    {
        var fixture = SemanticsFixture.Of("If he wins 39 districts, he gets 130 delegates.");

        var reading = HypotheticalReader.Read(fixture.Input);

        Assert.Equal(-1, reading.ModalOf(fixture.IndexOf("130")));
    }

    [Fact]
    public void A_sentence_with_nothing_supposed_reads_as_stated()
    {
        var fixture = SemanticsFixture.Of("The council hired 40 new teachers.");

        var reading = HypotheticalReader.Read(fixture.Input);

        Assert.Same(Hypotheticals.Stated, reading);
        Assert.Equal(-1, reading.ModalOf(fixture.IndexOf("40")));
    }
}

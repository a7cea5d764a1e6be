using System.Collections.Immutable;
using System.Globalization;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>What a figure in a source phrase counts: the rule's one reading of it (<see cref="SourcePhraseCounts"/>).</summary>
internal enum SourcePhraseCount
{
    /// <summary>Neither: a share, a part after "of", the author's "we", a magnitude the sentence is about.</summary>
    Other,

    /// <summary>The sources a reporter numbers ("two people familiar with …", "three officials"): the speech's.</summary>
    Speakers,

    /// <summary>A crowd of ten or more people heading the phrase ("65 GOP lawmakers wrote"): the author's count.</summary>
    Crowd,
}

/// <summary>
/// One reader of a count inside a source phrase, for <see cref="UnsourcedFigureAnalyzer"/>'s cover (mend41: the crowd
/// test of figures67 and rev40 had grown beside the speakers test, repeating its guards). Both refuse the author's own
/// attribution (the author's "we" counts no one: "We already waste billions"), a spelled ratio ("Six in 10 Americans
/// say") and a count with "out" after it ("97 out of 100 climate scientists agree"); then a crowd is asked first, as
/// the analyzer asked it first, and a count of speakers second.
/// </summary>
internal static class SourcePhraseCounts
{
    /// <summary>The smallest count of speakers that is a crowd the author counts rather than sources a reporter numbers.</summary>
    private const int MinCrowd = 10;

    /// <summary>The most words between a crowd's count and its head noun ("More than 5,000 mostly Honduran migrants").</summary>
    private const int MaxCrowdModifiers = 5;

    /// <summary>What the figure, which starts inside the attribution's source phrase, counts.</summary>
    public static SourcePhraseCount Read(ImmutableArray<Token> tokens, Attribution attribution, Figure figure)
    {
        if (attribution.Kind == AttributionKind.Author || IsRatio(tokens, figure) || tokens.At(figure.End) is { } after && after.Is("out"))
        {
            return SourcePhraseCount.Other;
        }

        if (IsCrowd(tokens, attribution, figure))
        {
            return SourcePhraseCount.Crowd;
        }

        return CountsSpeakers(tokens, attribution, figure) ? SourcePhraseCount.Speakers : SourcePhraseCount.Other;
    }

    /// <summary>
    /// True when the figure stands straight before a qualified source ("five sources familiar with the plans", "Two
    /// sources close to Pompeo took issue", "per two sources familiar with", "one of the three people familiar with"):
    /// it numbers unnamed insiders, whom DL3001 reports wherever they stand, with or without a verb the attribution
    /// reader takes; the gold labels the phrase a source and not the count a figure (sources69).
    /// </summary>
    public static bool HeadsQualifiedSource(ImmutableArray<Token> tokens, Figure figure) =>
        figure.End < tokens.Length && QualifiedSources.LengthAt(tokens.AsSpan(), figure.End) > 0;

    // "two people familiar with …", "three officials": the figure heads the source phrase, with no "of" before it. A
    // share is a poll's result, not a count of speakers ("Sixty percent of Democrats say", "Two thirds of conservatives
    // say", "5 million people, or 11%, said"); a count after "in" is a ratio's ("four in 10 voters said"); a magnitude
    // is a crowd the sentence is about, not people a reporter spoke to ("More than 26 million people have claimed
    // benefits", "There are millions of Americans who …"); and a verb with a particle or an infinitive after it reports
    // nothing ("a few dozen activists showed up", "a million people have been confirmed to have COVID-19"), however the
    // attribution reader read it.
    private static bool CountsSpeakers(ImmutableArray<Token> tokens, Attribution attribution, Figure figure)
    {
        if ((figure.Start > 0 && tokens[figure.Start - 1].Is("in")) || IsMagnitude(tokens, figure))
        {
            return false;
        }

        for (var j = attribution.SourceStart; j < attribution.SourceEnd; j++)
        {
            if ((j < figure.Start && tokens[j].Is("of")) || IsShareWord(tokens[j].Text))
            {
                return false;
            }
        }

        return tokens.At(attribution.VerbEnd) is not { } next || !(next.Is("up") || next.Is("to"));
    }

    // The figure opens the source phrase before its verb (past approximators: "About 600", "More than 40"), no "of" or
    // "in" follows it ("Fifty of my colleagues"), it counts people and no share, and it counts ten or more: digits, a
    // number word from "ten" ("Twenty-two"), or a scale word ("5 million").
    private static bool IsCrowd(ImmutableArray<Token> tokens, Attribution attribution, Figure figure)
    {
        if (attribution.SourceFollowsVerb || tokens.At(figure.End) is { } after && (after.Is("of") || after.Is("in")))
        {
            return false;
        }

        for (var j = attribution.SourceStart; j < figure.Start; j++)
        {
            if (!WordClasses.Approximators.Contains(tokens[j].Text))
            {
                return false;
            }
        }

        if (!CountsPeople(tokens, figure.End, attribution.SourceEnd))
        {
            return false;
        }

        var large = false;
        for (var j = figure.Start; j < figure.End; j++)
        {
            var word = tokens[j].Text;
            if (IsShareWord(word))
            {
                return false;
            }

            large |= (tokens[j].Kind == TokenKind.Number && int.TryParse(word, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) && n >= MinCrowd)
                || RuleLexicons.NumberWords.ContainsWord(word) || WordClasses.ScaleWords.Contains(word);
        }

        return large;
    }

    // A percent word (the tokenizer makes "%" a token of its own, in class-percent-words) or a fraction: a poll's share.
    private static bool IsShareWord(string word) => WordClasses.PercentWords.Contains(word) || WordClasses.Fractions.Contains(word);

    // The crowd is people or their bodies ("65 GOP lawmakers", "Fifteen women", "Eleven organizations", "Native leaders
    // and organizations"): a person or group noun among the words after the count, before a preposition, a comparison
    // or punctuation ends its phrase. A measure in a source phrase is no crowd: "Republicans are 73 points more likely
    // than Democrats to say" (a poll's gap), "About 92 years of S&P 500 history says" (rev40: allsides).
    private static bool CountsPeople(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var j = start; j < end && j < start + MaxCrowdModifiers; j++)
        {
            var token = tokens[j];
            if (!token.IsWord)
            {
                return false;
            }

            // "WHO" in capitals is the organisation's name: neither a word that ends the phrase nor a people noun.
            if (FunctionWords.Lower(token) is not { } word)
            {
                continue;
            }

            if (WordClasses.GroupPlacingPrepositions.Contains(word) || word is "than" or "and" or "who")
            {
                return false;
            }

            if (IsPeopleNoun(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPeopleNoun(string word) =>
        WordClasses.GroupNouns.Contains(word) || WordClasses.SpeakerGroups.Contains(word) || WordClasses.PartyMembers.Contains(word)
        || WordClasses.IrregularPlurals.Contains(word) || WordClasses.AgentNouns.Contains(word)
        || (word.Length > 3 && word.EndsWith('s') && !WordClasses.TimeUnits.Contains(word) && UnnamedSubjects.IsPersonByForm(word[..^1]));

    // "Six in 10 Americans say", "Four out of 10 voters think": a spelled ratio read whole (FigureFinder) is a share,
    // as its denominator alone was.
    private static bool IsRatio(ImmutableArray<Token> tokens, Figure figure)
    {
        for (var j = figure.Start + 1; j < figure.End - 1; j++)
        {
            if (tokens[j].Is("in") || tokens[j].Is("of"))
            {
                return true;
            }
        }

        return false;
    }

    // "26 million", "millions", "thousands": a scale word, singular or plural.
    private static bool IsMagnitude(ImmutableArray<Token> tokens, Figure figure)
    {
        for (var j = figure.Start; j < figure.End; j++)
        {
            if (ScaleWordForms.IsScaleWord(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}

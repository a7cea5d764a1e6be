using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// The one reading of whether a source phrase holds a poll, survey or study and whether a maker names it: the phrase's
/// kind (<see cref="SourcePhraseClassifier.Classify"/>) and the attribution's <see cref="Attribution.IsUnnamedStudy"/>
/// (read by the figure rules) both ask it, on the same span, so they cannot disagree (study40).
/// </summary>
internal static class UnnamedStudies
{
    /// <summary>The most lower-case words or years between "a"/"one" and the study noun ("a recent battleground poll").</summary>
    private const int MaxStudyModifiers = 3;

    /// <summary>
    /// True for an unnamed study ("A recent poll found", "Yet another recent study", "the authors of another study of 117
    /// countries", "A study published last month", "One study of the program, by Australian researchers,"); false for a
    /// study a maker names ("A survey of voters by Gallup", "A study published in the Lancet", "Another study, released
    /// last year by the Federal Reserve Bank of Dallas,", "released by the governor's office"); null when the phrase
    /// holds no such study ("a poll worker", "her team published a study", "One of the authors of that report").
    /// </summary>
    public static bool? Read(in SentenceInput input, int start, int end)
    {
        var tokens = input.Tokens;
        for (var noun = start; noun < end; noun++)
        {
            var opener = Opener(tokens, start, noun);
            if (opener < 0)
            {
                continue;
            }

            if (!IsLead(input, start, opener) || (noun + 1 < end && input.LabelAt(noun + 1).Tag is PosTag.NN or PosTag.NNS))
            {
                return null;
            }

            return !IsMade(tokens, start, end, noun);
        }

        return null;
    }

    // "a recent survey", "One recent survey of regular churchgoers", "a 2019 poll": the indefinite opener before a study
    // noun (class-study-nouns), with only lower-case words or numbers between, at most MaxStudyModifiers of them ("One of
    // the authors of that report" is a person, "a distribution list at the bottom of the report" a list) unless a share of
    // respondents stands among them ("a full 45 percent of people in the survey said", the study's finding, rev39); -1
    // when the token is no such study's noun.
    private static int Opener(ImmutableArray<Token> tokens, int from, int noun)
    {
        if (!WordClasses.StudyNouns.Contains(tokens[noun].Text))
        {
            return -1;
        }

        var share = false;
        for (var k = noun - 1; k >= from; k--)
        {
            if (WordClasses.IndefiniteOpeners.Contains(tokens[k].Text))
            {
                return noun - 1 - k <= MaxStudyModifiers || share ? k : -1;
            }

            if (!(tokens[k].Kind == TokenKind.Number || (tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized)))
            {
                return -1;
            }

            share |= WordClasses.StudyShareUnits.Contains(tokens[k].Text) && k > from && tokens[k - 1].Kind == TokenKind.Number;
        }

        return -1;
    }

    // What stands before the opener leaves the study the phrase's source: nothing, a connective, adverb or preposition
    // ("Yet another recent study", "Now a new study", "according to a study", "In a study"), or its authors ("the authors
    // of another study", "researchers of one study"). A clause that holds a study speaks for someone else ("her team
    // published a study", "sources familiar with a draft report", "online forums buzzed with excitement over a small study").
    private static bool IsLead(in SentenceInput input, int start, int opener)
    {
        for (var k = start; k < opener; k++)
        {
            var token = input.Tokens[k];
            if (!(input.LabelAt(k).Tag is PosTag.RB or PosTag.CC or PosTag.IN or PosTag.TO or PosTag.WRB
                || token.Is("the") || WordClasses.DocumentAuthors.Contains(token.Text)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a maker names the study. Its post-modifier is read to the phrase's end, and on where the maker may stand
    // beyond it: the rest of the clause after "according to" or after a maker participle ("a study | published in the
    // Lancet found"), or a set-off adjunct (", released last year by the Federal Reserve Bank of Dallas,"). A studied
    // subject's capitals are the people studied ("a survey of Palestinians"), unless owned ("of Gallup's panel"); after a
    // maker marker (class-study-author-markers, not after a relay's participle: "cited by Bloomberg") a definite maker
    // ("by the governor's office") or a capitalised name names it, but not an adjective of origin ("by Australian
    // researchers") nor a name inside an indefinite maker ("by a Brown University economist"). Any other capital in the
    // post-modifier ("in the Lancet", "in Spain") is left to the phrase's other readers; so is a web address the phrase
    // was cut inside ("an analysis of Safegraph.com data").
    private static bool IsMade(ImmutableArray<Token> tokens, int start, int end, int noun)
    {
        if (tokens.At(end) is { Kind: TokenKind.Punctuation } next && next.Span.Start == tokens[end - 1].Span.End
            && tokens.At(end + 1) is { IsWord: true } rest && rest.Span.Start == next.Span.End)
        {
            return true;
        }

        var limit = Reach(tokens, start, end);
        var subject = noun + 1 < limit && WordClasses.StudySubjectPrepositions.Contains(tokens[noun + 1].Text);
        var marked = false;
        var indefinite = false;
        var relayed = false;
        for (var k = noun + 1; k < limit; k++)
        {
            var token = tokens[k];
            if (IsMakerMarker(tokens, k))
            {
                if (tokens.At(k + 1) is { } article && article.Is("the"))
                {
                    return true;
                }

                (marked, subject, indefinite, relayed) = (true, false, false, false);
                continue;
            }

            // "a study cited by Bloomberg": who passed it on names no maker.
            if (WordClasses.StudyRelayParticiples.Contains(token.Text))
            {
                (relayed, marked) = (true, false);
                continue;
            }

            if (subject || relayed)
            {
                if (Possessives.IsPossessive(token))
                {
                    return true;
                }

                continue;
            }

            indefinite |= marked && WordClasses.IndefiniteOpeners.Contains(token.Text);
            if (token is { Kind: TokenKind.Word, IsCapitalized: true } && !WordClasses.NotNames.Contains(token.Text) && !WordClasses.Months.Contains(token.Text)
                && !WordClasses.Weekdays.Contains(token.Text) && !WordClasses.OriginAdjectives.Contains(token.Text) && !(marked && indefinite))
            {
                return true;
            }
        }

        return false;
    }

    // Where a maker may stand: the phrase's end; after "according to" or a maker participle straight after the phrase,
    // the next punctuation; after a comma or dash that sets off a maker ("According to another study, by the Stanford
    // sociologist Sean Reardon,"), the closing comma or dash.
    private static int Reach(ImmutableArray<Token> tokens, int start, int end)
    {
        var setOff = tokens.At(end) is { } mark && (mark.Text == "," || PhraseBreaks.IsDash(mark))
            && end + 1 < tokens.Length && WordClasses.StudyAuthorMarkers.Contains(tokens[end + 1].Text);
        var open = !setOff && (AttributionReader.FollowsAccordingTo(tokens, start) || (end < tokens.Length && IsMakerMarker(tokens, end)));
        if (!open && !setOff)
        {
            return end;
        }

        var limit = setOff ? end + 1 : end;
        while (limit < tokens.Length && !(tokens[limit].Kind == TokenKind.Punctuation && (tokens[limit].Text is "," or "." or ";" or ":" || PhraseBreaks.IsDash(tokens[limit]))))
        {
            limit++;
        }

        return limit;
    }

    // A maker marker (class-study-author-markers) not after a relay participle (class-study-relay-participles).
    private static bool IsMakerMarker(ImmutableArray<Token> tokens, int index) =>
        WordClasses.StudyAuthorMarkers.Contains(tokens[index].Text)
        && !(index > 0 && WordClasses.StudyRelayParticiples.Contains(tokens[index - 1].Text));
}

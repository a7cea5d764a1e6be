using System.Collections.Immutable;
using System.Globalization;
using DocLint.Analysis;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Figures;
using DocLint.Rules.Semantics;

namespace DocLint.FigureTool;

/// <summary>
/// The features of one figure, as names ("form=money", "call=NamedNearby"): the hand rule's call, the figure's form,
/// its head noun's lexicon class, the grammar tags beside it, the sentence's attribution and its neighbours', and the
/// modal, conditional and quoted context. No feature is a word's identity: each is a class a reader could check, so a
/// weight speaks for many sentences and can be explained.
/// </summary>
internal static class FigureFeatures
{
    /// <summary>How far after a figure its head noun may stand ("$5 billion FTC fine", "35-day government shutdown").</summary>
    private const int HeadWindow = 4;

    /// <param name="nearby">Adds the NamedNearby features (--nearby); off, the features are figlearn21's.</param>
    public static IReadOnlyList<string> Of(AnalyzedDocument document, Sentence sentence, FigureVerdict verdict, bool nearby = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(verdict);
        var features = new List<string> { "bias", "call=" + verdict.Call };
        var tokens = sentence.Tokens;
        var grammar = document.Grammar(sentence);
        var figure = verdict.Figure;
        AddForm(features, tokens, figure);
        features.Add("head=" + HeadClass(tokens, grammar, figure));
        features.Add("tag-before=" + TagName(grammar, figure.Start - 1));
        features.Add("tag-after=" + TagName(grammar, figure.End));
        AddAttribution(features, document, sentence);
        AddContext(features, tokens, grammar, figure, SentenceSemantics.Of(document, sentence));
        AddScope(features, tokens, grammar, figure, SentenceSemantics.Of(document, sentence));
        features.Add("figures=" + Bucket(FigureFinder.Of(document, sentence).Length, 1, 2));
        features.Add("length=" + Bucket(tokens.Length, 12, 25));
        AddCues(features, tokens, figure, FigureFinder.Of(document, sentence));
        if (nearby && verdict.Call == FigureCall.NamedNearby)
        {
            AddNearby(features, document, sentence, grammar, figure);
        }

        return features;
    }

    private static void AddForm(List<string> features, ImmutableArray<Token> tokens, Figure figure)
    {
        var numbers = 0;
        var words = 0;
        for (var i = figure.Start; i < figure.End; i++)
        {
            var token = tokens[i];
            var lower = token.Lower();
            if (token.Kind is TokenKind.Number or TokenKind.NumberWithSuffix)
            {
                numbers++;
                if (token.Text.Contains('.', StringComparison.Ordinal))
                {
                    Add(features, "form=decimal");
                }

                if (token.Text.Contains('-', StringComparison.Ordinal) || tokens.At(i + 1)?.Text == "-")
                {
                    Add(features, "form=hyphenated");
                }

                AddMagnitude(features, token.Text);
            }
            else if (token.IsWord)
            {
                words++;
            }

            if (token.Text is "$" or "\u20ac" or "\u00a3" || WordClasses.CurrencyWords.Contains(lower))
            {
                Add(features, "form=money");
            }

            if (token.Text == "%" || WordClasses.PercentWords.Contains(lower))
            {
                Add(features, "form=percent");
            }

            if (WordClasses.ScaleWords.Contains(lower))
            {
                Add(features, "form=scale");
            }

            if (lower is "to" or "between" or "and" or "-" or "\u2013")
            {
                Add(features, "form=range");
            }
        }

        if (numbers == 0)
        {
            Add(features, "form=spelled");
        }

        if (numbers > 1)
        {
            Add(features, "form=two-numbers");
        }

        var approximated = false;
        for (var i = Math.Max(0, figure.Start - 2); i < figure.End; i++)
        {
            approximated |= WordClasses.Approximators.Contains(tokens[i].Lower());
        }

        if (approximated)
        {
            Add(features, "form=approximate");
        }

        features.Add("form-words=" + Bucket(words + numbers, 1, 2));
    }

    private static void AddMagnitude(List<string> features, string text)
    {
        var digits = new string(text.TakeWhile(c => char.IsDigit(c) || c == ',').Where(char.IsDigit).ToArray());
        if (digits.Length == 0 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return;
        }

        Add(features, value < 10 ? "magnitude=small" : value < 1000 ? "magnitude=hundreds" : "magnitude=thousands");
    }

    // The first noun after the figure, before a verb or a stop, by the lexicon that holds it.
    private static string HeadClass(ImmutableArray<Token> tokens, SentenceGrammar grammar, Figure figure)
    {
        for (var i = figure.End; i < Math.Min(tokens.Length, figure.End + HeadWindow); i++)
        {
            var tag = grammar.TagAt(i);
            if (tag is PosTag.VB or PosTag.VBD or PosTag.VBP or PosTag.VBZ or PosTag.MD || tokens[i].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS)
            {
                return NounClass(tokens[i].Lower(), tag);
            }
        }

        // "$5 billion", "26,000", "a third": the figure's own last word may be its noun ("percent", "people").
        return figure.End > figure.Start && tokens[figure.End - 1].IsWord ? NounClass(tokens[figure.End - 1].Lower(), grammar.TagAt(figure.End - 1)) : "none";
    }

    private static string NounClass(string noun, PosTag tag) => noun switch
    {
        _ when WordClasses.TimeUnits.Contains(noun) || WordClasses.DurationUnits.Contains(noun) => "time",
        // A scale word makes a sum or a number, not a count of people, though CountedNouns lists "million" ("a million people").
        _ when WordClasses.CurrencyWords.Contains(noun) || WordClasses.ScaleWords.Contains(noun) => "money",
        _ when WordClasses.CountedNouns.Contains(noun) || WordClasses.GroupNouns.Contains(noun) || WordClasses.RoleNouns.Contains(noun) => "people",
        _ when WordClasses.PercentWords.Contains(noun) => "percent",
        _ when WordClasses.TallyWords.Contains(noun) => "tally",
        _ when WordClasses.ActNouns.Contains(noun) => "act",
        _ when WordClasses.DocumentNouns.Contains(noun) || WordClasses.RecordNouns.Contains(noun) => "record",
        _ when WordClasses.AgeWords.Contains(noun) => "age",
        _ when WordClasses.GenericNouns.Contains(noun) => "generic",
        _ => tag is PosTag.NNP or PosTag.NNPS ? "proper" : tag == PosTag.NNS ? "other-plural" : tag == PosTag.NN ? "other-singular" : "none",
    };

    private static void AddAttribution(List<string> features, AnalyzedDocument document, Sentence sentence)
    {
        var reading = SentenceSemantics.Of(document, sentence);
        features.Add("attribution=" + (reading.HasNamedSource ? "named"
            : reading.HasVagueSource ? "vague"
            : reading.HasImpersonalAttribution ? "impersonal"
            : reading.Attributions.IsEmpty ? "none" : "other"));
        if (!reading.OfficialActs.IsEmpty)
        {
            features.Add(reading.HasNamedActor ? "act=named" : "act=unnamed");
        }

        AddNeighbour(features, document, document.Previous(sentence), "previous");
        AddNeighbour(features, document, document.Next(sentence), "next");
    }

    private static void AddNeighbour(List<string> features, AnalyzedDocument document, Sentence? neighbour, string side)
    {
        if (neighbour is null)
        {
            features.Add(side + "=absent");
            return;
        }

        var reading = SentenceSemantics.Of(document, neighbour);
        features.Add(side + "=" + (reading.HasNamedSourceForNeighbours ? "named" : reading.Attributions.IsEmpty ? "unattributed" : "attributed"));
        if (!FigureFinder.Of(document, neighbour).IsEmpty)
        {
            features.Add(side + "-has-figures");
        }
    }

    private static void AddContext(List<string> features, ImmutableArray<Token> tokens, SentenceGrammar grammar, Figure figure, SentenceSemantics reading)
    {
        if (reading.IsQuoted(figure.Start))
        {
            features.Add("quoted");
        }
        else if (reading.IsOthersVoice(figure.Start))
        {
            // Reported speech: the figure is in the clause a reporting verb governs ("officials said 12 died").
            features.Add("reported-speech");
        }
        else if (tokens.Any(t => t.Kind == TokenKind.Quote))
        {
            features.Add("quotation-elsewhere");
        }

        var firstVerb = -1;
        var past = false;
        var present = false;
        var conditional = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var tag = grammar.TagAt(i);
            if (firstVerb < 0 && tag is PosTag.VB or PosTag.VBD or PosTag.VBN or PosTag.VBP or PosTag.VBZ or PosTag.MD)
            {
                firstVerb = i;
            }

            past |= tag is PosTag.VBD or PosTag.VBN;
            present |= tag is PosTag.VBP or PosTag.VBZ;
            conditional |= WordClasses.ConditionalOpeners.LongestMatchAt(tokens, i, out _) > 0;
            if (i < figure.Start && WordClasses.Modals.Contains(tokens[i].Lower()))
            {
                Add(features, "modal-before");
            }
        }

        features.Add(firstVerb < 0 ? "position=verbless" : figure.Start < firstVerb ? "position=subject" : "position=predicate");
        if (figure.Start == 0)
        {
            features.Add("position=first");
        }

        if (past)
        {
            features.Add("tense=past");
        }

        if (present)
        {
            features.Add("tense=present");
        }

        if (conditional)
        {
            features.Add("conditional");
        }

        if (tokens.At(figure.Start - 1)?.Text == "(")
        {
            features.Add("parenthesised");
        }

        if (tokens.At(figure.Start - 1)?.Lower() == "than" || tokens.At(figure.Start - 2)?.Lower() == "than")
        {
            features.Add("compared");
        }
    }

    // Whether the sentence's attribution reaches the figure: the same clause as its verb, or another clause (a
    // source for one claim and a bare figure in the next clause), and whether the figure sits in a definite noun
    // phrase ("the $1.1 trillion spending package": a thing already known) rather than stated.
    private static void AddScope(List<string> features, ImmutableArray<Token> tokens, SentenceGrammar grammar, Figure figure, SentenceSemantics reading)
    {
        if (!reading.Attributions.IsEmpty)
        {
            var clause = grammar.ClauseAt(figure.Start);
            var same = reading.Attributions.Any(a => clause.Contains(a.VerbStart));
            features.Add(same ? "attribution-clause=same" : "attribution-clause=other");
            features.Add(reading.Attributions.Any(a => a.VerbStart < figure.Start) ? "attribution=before-figure" : "attribution=after-figure");
        }

        for (var i = figure.Start - 1; i >= Math.Max(0, figure.Start - 3); i--)
        {
            var tag = grammar.TagAt(i);
            if (tag is PosTag.DT or PosTag.PRPS or PosTag.POS)
            {
                features.Add(tokens[i].Lower() is "a" or "an" ? "noun-phrase=indefinite" : "noun-phrase=definite");
                break;
            }

            if (tag is not (PosTag.JJ or PosTag.RB or PosTag.CD))
            {
                break;
            }
        }
    }

    // Cue classes read from the pool's false alarms (branch figmodel23): a document named in the sentence (the study
    // or report the figure may come from), an unrealised or supposing modal anywhere (hypothetical sums), the
    // preposition that governs the figure (a change "by 5%", a share "of 40", a bound "to 20"), and whether it is the
    // sentence's first figure (later ones often restate or break down the first).
    private static void AddCues(List<string> features, ImmutableArray<Token> tokens, Figure figure, ImmutableArray<Figure> figures)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var lower = tokens[i].Lower();
            if ((i < figure.Start || i >= figure.End) && WordClasses.DocumentNouns.Contains(lower))
            {
                Add(features, "document-in-sentence");
            }

            if (WordClasses.UnrealisedModals.Contains(lower) || WordClasses.SupposingModals.Contains(lower))
            {
                Add(features, "modal-in-sentence");
            }
        }

        var before = tokens.At(figure.Start - 1)?.Lower();
        features.Add("governed-by=" + (before is "by" or "of" or "to" or "from" or "in" or "for" or "at" or "about" or "than" or "with" ? before : "other"));
        features.Add(figures.IsEmpty || figures[0].Start == figure.Start ? "figure=first" : "figure=later");
        if (figure.End - figure.Start == 1 && WordClasses.SmallCardinals.Contains(tokens[figure.Start].Lower()))
        {
            features.Add("magnitude=small");
        }
    }

    // What the NamedNearby call leans on (figlearn37): which neighbour's source covers the figure and how far it stands,
    // whether the figure's own sentence has a subject or a speech verb of its own, a pronoun subject carrying the
    // previous sentence's speaker on, quotation marks on either side, and the tense of the neighbour's reporting verb.
    // Only NamedNearby figures get them ("nb:"), so they weigh that call alone.
    private static void AddNearby(List<string> features, AnalyzedDocument document, Sentence sentence, SentenceGrammar grammar, Figure figure)
    {
        var tokens = sentence.Tokens;
        var previous = document.Previous(sentence);
        var next = document.Next(sentence);
        var before = previous is null ? null : SentenceSemantics.Of(document, previous);
        var after = next is null ? null : SentenceSemantics.Of(document, next);
        var byPrevious = before is not null && BackwardCover.Covers(before);
        var byNext = after is not null && ForwardCover.Covers(after);
        features.Add("nb:side=" + (byPrevious && byNext ? "both" : byPrevious ? "previous" : byNext ? "next" : "none"));
        if (byPrevious && before!.Attributions.FirstOrDefault(before.IsNeighbourSource) is { } back)
        {
            // Tokens from the end of the previous sentence's source to the figure.
            features.Add("nb:distance=" + Bucket(previous!.Tokens.Length - back.SourceEnd + figure.Start, 8, 25));
            features.Add("nb:verb-tense=" + VerbTense(document.Grammar(previous), back.VerbStart));
            features.Add(back.SourceStart < back.VerbStart ? "nb:source-first" : "nb:verb-first");
        }
        else if (byNext && after!.Attributions.FirstOrDefault(after.IsNeighbourSource) is { } forth)
        {
            features.Add("nb:distance=" + Bucket(tokens.Length - figure.End + forth.SourceStart, 8, 25));
            features.Add("nb:verb-tense=" + VerbTense(document.Grammar(next!), forth.VerbStart));
            features.Add(forth.SourceStart < forth.VerbStart ? "nb:source-first" : "nb:verb-first");
        }

        var own = SentenceSemantics.Of(document, sentence);
        if (!own.Attributions.IsEmpty)
        {
            features.Add("nb:own-speech-verb");
        }

        features.Add("nb:subject=" + SubjectClass(tokens, grammar));
        if (byPrevious && SubjectClass(tokens, grammar) == "pronoun")
        {
            features.Add("nb:pronoun-continues");
        }

        if (tokens.Any(t => t.Kind == TokenKind.Quote))
        {
            features.Add("nb:quotes-own");
        }

        if ((byPrevious && previous!.Tokens.Any(t => t.Kind == TokenKind.Quote)) || (byNext && next!.Tokens.Any(t => t.Kind == TokenKind.Quote)))
        {
            features.Add("nb:quotes-neighbour");
        }

        features.Add("nb:own-tense=" + VerbTense(grammar, FirstVerb(grammar, tokens.Length)));
    }

    // The words before the sentence's first verb: a personal pronoun, a proper name, a noun phrase, or none.
    private static string SubjectClass(ImmutableArray<Token> tokens, SentenceGrammar grammar)
    {
        var verb = FirstVerb(grammar, tokens.Length);
        if (verb <= 0)
        {
            return "none";
        }

        var proper = false;
        var noun = false;
        for (var i = 0; i < verb; i++)
        {
            if (WordClasses.SubjectPronouns.Contains(tokens[i].Lower()) && i + 1 == verb)
            {
                return "pronoun";
            }

            var tag = grammar.TagAt(i);
            proper |= tag is PosTag.NNP or PosTag.NNPS;
            noun |= tag is PosTag.NN or PosTag.NNS or PosTag.PRP;
        }

        return proper ? "proper" : noun ? "noun" : "none";
    }

    private static int FirstVerb(SentenceGrammar grammar, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (grammar.TagAt(i) is PosTag.VB or PosTag.VBD or PosTag.VBP or PosTag.VBZ or PosTag.MD)
            {
                return i;
            }
        }

        return -1;
    }

    private static string VerbTense(SentenceGrammar grammar, int index) =>
        index < 0 || index >= grammar.Labels.Length ? "none"
        : grammar.TagAt(index) switch
        {
            PosTag.VBD or PosTag.VBN => "past",
            PosTag.VBZ or PosTag.VBP => "present",
            PosTag.MD => "modal",
            _ => "other",
        };

    private static string TagName(SentenceGrammar grammar, int index) =>
        index < 0 ? "start" : index >= grammar.Labels.Length ? "end" : grammar.TagAt(index).ToString();

    private static string Bucket(int value, int low, int high) =>
        value <= low ? "low" : value <= high ? "mid" : "high";

    private static void Add(List<string> features, string feature)
    {
        if (!features.Contains(feature))
        {
            features.Add(feature);
        }
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using DocLint.Analysis;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// Finds numbers stated as quantities — counts, amounts, money, percentages, ranges, scaled and spelled
/// numbers — and leaves out what only looks like one: years, dates, times, ages, ordinals, versions,
/// labels ("Chapter 3"), names ("Boeing 737"), phone numbers and relative time ("two years later").
/// </summary>
internal static class FigureFinder
{
    // The word lists are data in rules/lexicons (class-*.txt), read once by WordClasses. This set is "three" to "nine"
    // only, named so, not WordClasses.SmallCardinals ("two" to "twelve"), which the source rules read.
    private static readonly WordClass CountsThreeToNine = WordClasses.CountsThreeToNine;

    private static readonly WordClass Fractions = WordClasses.Fractions;

    private static readonly WordClass TimeSuffixes = WordClasses.TimeSuffixes;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallCountLookup = WordClasses.CountsTwoToNine.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FractionLookup = Fractions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longer words skip <see cref="MayBeSpelledQuantity"/>'s stack buffer and take the full checks.</summary>
    private const int MaxSpelledLength = 64;

    /// <summary>
    /// Every word an unhyphenated token must be for MayBeSpelledQuantity to pass it: the fractions (class-fractions.txt
    /// holds "half"), "two" to "nine", "twice" and the number words; and every word a spelled ratio starts on (class-ratio-numerators.txt, for
    /// MayStartSpelledCore). Nearly every word of a text is none of them, and each was lowered letter by
    /// letter and looked up in three tables (2.6% of a plain-text lint); the filter reads its two ends and its length.
    /// The sets are case-blind and the lexicon's words lower-cased: a case-blind filter covers both.
    /// </summary>
    internal static readonly KeyFilter SpelledWordFilter = KeyFilter.ForIgnoreCase(
        [.. WordClasses.Fractions, .. WordClasses.CountsTwoToNine, .. RuleLexicons.NumberWords.FirstWords, .. WordClasses.RatioNumerators, "twice"]);

    private static readonly WordClass ScaledSuffixes = WordClasses.ScaleSuffixes;

    private static readonly WordClass Idioms = WordClasses.CountIdioms;

    /// <summary>
    /// The sentence's figures, found once per document: the figure rule and the claim reader both ask, and finding
    /// them was a tenth of a plain-text lint.
    /// </summary>
    public static ImmutableArray<Figure> Of(AnalyzedDocument document, Sentence sentence) =>
        document.GetOrCreate(sentence, document, static (d, s) => new SentenceFigures(Find(s.Tokens, () => d.Grammar(s)))).Figures;

    /// <summary>
    /// The figures of a run of tokens. The grammar is asked for only when a small count word stands before a noun
    /// phrase too long for the word checks, so most sentences are never tagged here; without it such counts are missed.
    /// </summary>
    public static ImmutableArray<Figure> Find(ImmutableArray<Token> tokens, Func<SentenceGrammar>? grammar = null)
    {
        if (IsScrapedTable(tokens))
        {
            return [];
        }

        // Most sentences state no figure: the builder is made for the first one.
        ImmutableArray<Figure>.Builder? figures = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var core = CoreAt(tokens, i, grammar);
            if (core is null)
            {
                continue;
            }

            var (start, end) = Expand(tokens, i, core.Value);
            if (!IsThreshold(tokens, start, end) && !IncomeBounds.IsBound(tokens, start, end) && !GroupBounds.IsBound(tokens, start, end))
            {
                (figures ??= ImmutableArray.CreateBuilder<Figure>()).Add(new Figure(start, end));
            }

            i = end - 1;
        }

        return figures?.ToImmutable() ?? [];
    }

    /// <summary>The most words of the counted noun phrase between a threshold's figure and its "or more".</summary>
    private const int MaxThresholdWords = 2;

    // "employers with 50 or more full-time workers", "donations of $200 or more", "gatherings with 50 people or more":
    // a figure whose noun phrase ends in "or" + a comparative (class-threshold-comparatives.txt) is the bound of a rule
    // or a group the story defines, not a quantity anyone measured or claims (tune14-58 + fresh14-33, any comparative:
    // 1 labelled, 4 borderline, 48 unlabelled; the labelled one is a level, "drop to 7.3 or lower", and "lower"/"higher"
    // are left out; figures46). Only words stand between, no number: a comma ends the phrase ("40, 30, or even 10"
    // lists values) and "$20 million to one or more groups" bounds the groups, not the sum. After "by" the figure is a
    // measured change or margin ("lost by 50 points or more", "collapsed by 10 percentage points or more"): allsides
    // read 5 of 5 such wrong.
    private static bool IsThreshold(ImmutableArray<Token> tokens, int start, int end)
    {
        if (tokens.At(start - 1)?.Is("by") == true)
        {
            return false;
        }

        for (var j = end; j < tokens.Length && j <= end + MaxThresholdWords; j++)
        {
            var token = tokens[j];
            // number-words.txt starts at "ten" and class-small-cardinals at "two", so "one" is named itself: it is the
            // commonest count so bounded ("$20 million to one or more groups"), and without it the sum was read as the
            // threshold (rev34).
            if (RuleLexicons.NumberWords.ContainsWord(token.Text) || WordClasses.SmallCardinals.Contains(token.Text) || token.Is("one"))
            {
                return false;
            }

            if (token.Is("or"))
            {
                return tokens.At(j + 1) is { IsWord: true } comparative && WordClasses.ThresholdComparatives.Contains(comparative.Text);
            }

            if (!token.IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The fewest bare numbers that make a run of cells rather than a sentence that lists a few counts.</summary>
    private const int MinTableCells = 6;

    // A table or chart scraped into the text as one run of cells ("Ticker Security Last Change HTZ HERTZ 2.84 -0.23
    // -7.49% AZO …", a chart's axis "12 10 8 6 4 2 0 1960 2020"): bare numbers, with no unit or currency and not
    // years, make a quarter or more of its words and numbers. The page's table is furniture (guidelines section 5),
    // not the story's figures; a sentence that states counts has words between them ("80 percent of the judges, 50
    // percent of the lawyers").
    private static bool IsScrapedTable(ImmutableArray<Token> tokens)
    {
        var bare = 0;
        var words = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.IsWord)
            {
                words++;
            }
            else if (token.Kind == TokenKind.Number)
            {
                words++;
                var next = tokens.At(i + 1);
                var hasUnit = next is not null && (next.Value.Text == "%" || WordClasses.PercentWords.Contains(next.Value.Text)
                    || WordClasses.ScaleWords.Contains(next.Value.Text) || WordClasses.CurrencyWords.Contains(next.Value.Text));
                var hasCurrency = tokens.At(i - 1) is { Kind: TokenKind.Symbol } symbol && symbol.Text is not ("%" or "#" or "+" or "-");
                // A year is a chart's axis label as often as a prose date ("40 clinics in 2012, 30 in 2014"): not a cell.
                bare += hasUnit || hasCurrency || IsYear(token.Text) ? 0 : 1;
            }
        }

        return bare >= MinTableCells && bare * 4 >= words;
    }

    /// <summary>The end of the figure's core when token <paramref name="i"/> starts a quantity; otherwise null.</summary>
    private static int? CoreAt(ImmutableArray<Token> tokens, int i, Func<SentenceGrammar>? grammar)
    {
        var token = tokens[i];
        return token.Kind switch
        {
            TokenKind.Number => IsQuantityNumber(tokens, i, grammar) ? i + 1 : null,
            TokenKind.NumberWithSuffix => IsScaledNumber(token.Text) ? i + 1 : null,
            // "one in five women", "ONE IN FIVE girls", "one in two": a spelled ratio is a share, as "5 in 6" is,
            // whatever its case or the noun after it.
            // "Phase three lifts most restrictions": a spelled number after a capitalised label names a stage (figures71).
            TokenKind.Word when tokens.At(i - 1) is { IsCapitalized: true } label && WordClasses.LabelWords.Contains(label.Text)
                && (token.Is("one") || WordClasses.SmallCardinals.Contains(token.Text) || RuleLexicons.NumberWords.ContainsWord(token.Text)) => null,
            TokenKind.Word => SingleUnitDuration(tokens, i) ?? (MayStartSpelledCore(token.Text)
                ? SpelledRatioEnd(tokens, i) ?? (VoteTallies.IsSpelledTally(tokens, i) ? i + 1 : SpelledQuantity(tokens, i, grammar))
                : null),
            _ => null,
        };
    }

    // Every word of every sentence comes here and almost none starts a spelled figure: the spelled ratio, the spelled
    // tally and the spelled quantity each start on a filter word (a ratio's numerators are among them) or on a
    // hyphenated word, or, for the quantity, on a word too long for the filter's buffer. One filter look-up turns the
    // rest away before the three checks each read the word again (CoreAt's word checks were 3.5% of a plain-text lint).
    private static bool MayStartSpelledCore(string text) =>
        text.Length > MaxSpelledLength || SpelledWordFilter.MayContain(text) || text.Contains('-');

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScaledSuffixLookup = ScaledSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsScaledNumber(string text) =>
        ScaledSuffixLookup.Contains(text.AsSpan().TrimStart("0123456789.,"));

    private static bool IsQuantityNumber(ImmutableArray<Token> tokens, int i, Func<SentenceGrammar>? grammar)
    {
        var token = tokens[i];
        var previous = tokens.At(i - 1);
        var next = tokens.At(i + 1);
        var afterNext = tokens.At(i + 2);
        var hasUnitAfter = next is not null && (next.Text == "%" || WordClasses.PercentWords.Contains(next.Text) || WordClasses.ScaleWords.Contains(next.Text) || WordClasses.CurrencyWords.Contains(next.Text));
        var hasCurrencyBefore = previous is not null && previous.Kind == TokenKind.Symbol && previous.Text is not ("%" or "#" or "\u00a9" or "/");

        // Page furniture: "Copyright © 2019".
        if (previous is not null && previous.Text == "\u00a9")
        {
            return false;
        }

        // Dates written with slashes: "9/11", "3/15/2020", and "post-9/11", "pre-9/11", whose month the hyphenated
        // prefix swallows into one word token ending in a digit.
        if ((next?.Text == "/" && afterNext?.Kind == TokenKind.Number) || (previous?.Text == "/" && IsDateBeforeSlash(tokens.At(i - 2), previous)))
        {
            return false;
        }

        if (IsNameAfterNumber(tokens, i) && !IsCountBeforeName(tokens, i, grammar))
        {
            return false;
        }

        // A rank or bracket: "the top 10 women", "Apple's top 20 podcasts", "the top 1 percent of earners" name a place in
        // a ranking or a slice of a distribution, not a quantity (figures31: every "the top N" the rule reported in the
        // gold is unlabelled or borderline, 0 / 1 / 6). "top" with no determiner or possessive before it is the verb
        // ("growth will top 3%", "did Hillary top 50 percent") and the figure stays.
        if (previous is { IsWord: true } && previous.Is("top") && tokens.At(i - 2) is { IsWord: true } owner
            && (WordClasses.Determiners.Contains(owner.Text) || IsPossessive(owner)))
        {
            return false;
        }

        // "ThinkProgress reached out to those 27 companies", "Of these 140,000 cases", "those $600 checks": a plural
        // demonstrative points back at a set the story has already counted, so the number names that set again and
        // states no new quantity (figures56: the gold leaves 60 of 65 such numbers unlabelled and labels 1). The bound
        // closing its range goes with it ("those 18 to 29", "those 30-49": an age group).
        if (PointsBackAtCountedSet(tokens, i, previous)
            || (previous is { } joiner && joiner.Text is "-" or "to" && tokens.At(i - 2) is { Kind: TokenKind.Number }
                && PointsBackAtCountedSet(tokens, i - 2, tokens.At(i - 3))))
        {
            return false;
        }

        // Versions and section numbers: "1.2.3", "Chapter 3", "No. 5", "#4"; not a percentage or sum after the word ("in
        // both categories 40 percent", figures71's guard).
        if (token.Text.AsSpan().Count('.') >= 2
            || (previous is not null && WordClasses.LabelWords.Contains(previous.Text) && !hasUnitAfter && !hasCurrencyBefore))
        {
            return false;
        }

        // Identifiers: legal citations ("538 U.S. 760", "138 S. Ct."), dockets, code sections ("501(c)(4)"), short codes,
        // telephone numbers, a label's list, versions and calibres (IdentifierNumbers reads them all, figures71, mend45).
        if (IdentifierNumbers.IsIdentifier(tokens, i, grammar))
        {
            return false;
        }

        // Bill numbers: "Senate Bill 54", "Assembly bill 450 and Assembly bill 103" name bills, as "S. 2123" does (the
        // abbreviations are label words). A bill after "the" is a bill already named, and a number after it is the vote
        // that passed it ("passed the bill 27-13").
        if (previous is { IsWord: true } && previous.Is("bill") && (previous.IsCapitalized || tokens.At(i - 2) is { IsWord: true, IsCapitalized: true }))
        {
            return false;
        }

        // The total of a numbered label: "Hide Caption 47 of 47" (a photo gallery's counter), "page 2 of 5", "Game 7 of
        // 7". It numbers the page's own parts, as the label's number does.
        if (previous?.Text == "of" && tokens.At(i - 2)?.Kind == TokenKind.Number && tokens.At(i - 3) is { } label
            && WordClasses.LabelWords.Contains(label.Text))
        {
            return false;
        }

        // Years: a bare four-digit number from 1000 to 2100 ("in 2019", "the 2020 election").
        if (!hasUnitAfter && !hasCurrencyBefore && IsYear(token.Text))
        {
            return false;
        }

        // Dates: "May 5", "5 May", "Jan. 22".
        if ((previous is not null && WordClasses.Months.Contains(previous.Text)) || (next is not null && WordClasses.Months.Contains(next.Text)))
        {
            return false;
        }

        // Day ranges: "September 11-12, 2012" (the first day is a date by the rule above).
        if (previous?.Text is "-" or "\u2013" && tokens.At(i - 2) is { Kind: TokenKind.Number } && tokens.At(i - 3) is { } month && WordClasses.Months.Contains(month.Text))
        {
            return false;
        }

        // Abbreviated years: "from 2003 to '08", "the class of ’92"; not a quotation that opens on a number ("he heard
        // '12 or 15 (gunshots) in about 10 seconds,'"), whose mark closes later in the sentence.
        if (previous?.Text is "'" or "\u2019" && previous.Span.End == token.Span.Start && token.Text.Length == 2 && !HasMarkAfter(tokens, i, previous.Text))
        {
            return false;
        }

        // Year spans: "the healthcare fight of 2008-09".
        if (previous?.Text is "-" or "\u2013" && tokens.At(i - 2) is { Kind: TokenKind.Number } first && IsYear(first.Text) && token.Text.Length == 2)
        {
            return false;
        }

        // Times: "10:30", "5 p.m.", "9:45am".
        if ((next?.Text == ":" && afterNext?.Kind is TokenKind.Number or TokenKind.NumberWithSuffix) || (previous?.Text == ":" && tokens.At(i - 2)?.Kind == TokenKind.Number)
            || (next is not null && TimeSuffixes.Contains(next.Text)))
        {
            return false;
        }

        // Ages: "37-year-old", "aged 37", "under the age of 55", "between the ages of 25 and 54", "Smith, 42, said",
        // "identified the attacker as Keith Kinnunen, 43.", "when he was 13"; "the 68-year old", "a 5-month old" drop the
        // second hyphen and are still ages.
        if ((next?.Text == "-" && afterNext is not null && afterNext.Lower().Contains("-old", StringComparison.Ordinal))
            || (next?.Text == "-" && afterNext is { IsWord: true } && WordClasses.TimeUnits.Contains(afterNext.Text) && tokens.At(i + 3)?.Is("old") == true)
            || IsAgeAfter(tokens, i)
            || (previous?.Text is "and" or "to" or "-" or "\u2013" && tokens.At(i - 2) is { Kind: TokenKind.Number } && IsAgeAfter(tokens, i - 2))
            || (previous?.Text == "," && next?.Text is "," or "." && tokens.At(i - 2) is { IsCapitalized: true, IsWord: true } && token.Text.Length <= 3)
            || IsStatedAge(tokens, i)
            || IsParentheticalAge(tokens, i)
            || IsAgeGroup(tokens, i)
            || IsAgeBound(tokens, i, grammar)
            || IsEventAge(tokens, i)
            || OpensHyphenatedAgeRange(tokens, i)
            || IsYearsOfAge(tokens, i)
            || OpensPairIntoYearsOfAge(tokens, i)
            || AgeThresholds.IsLegalAge(tokens, i)
            || StartsRangeIntoRelativeTime(tokens, i))
        {
            return false;
        }

        // Citation markers, list numbering ("1.", "2)", "2- Currently …") and the numbers that name a service line
        // ("called 911", "911 calls": class-number-names.txt; "$911" is still a sum). Telephone numbers and codes
        // ("501(c)(4)") are identifiers, read above.
        if ((WordClasses.NumberNames.Contains(token.Text) && !hasCurrencyBefore)
            || IsInFigureName(tokens, hasCurrencyBefore ? i - 1 : i)
            || (previous?.Text == "[" && next?.Text == "]")
            || (i == 0 && next?.Text is "." or ")")
            || (i == 0 && next?.Text == "-" && afterNext is not null && afterNext.Span.Start > next.Span.End)
            || IsEnumerationMarker(tokens, i))
        {
            return false;
        }

        // Names with numbers: "Boeing 737", "Apollo 11", "macOS 15" — a capitalised or mixed-case word straight before.
        if (!hasUnitAfter && !hasCurrencyBefore && previous is { IsWord: true } && HasUpper(previous.Text)
            && !WordClasses.Months.Contains(previous.Text) && !WordClasses.NotNames.Contains(previous.Text)
            && !WordClasses.Approximators.Contains(previous.Text) && !RuleLexicons.NumberWords.ContainsWord(previous.Text)
            && !CountsThreeToNine.Contains(previous.Text))
        {
            return false;
        }

        // A measure that describes an object rather than counts anything: a document's length ("a 69-page playbook",
        // borderline in the guidelines), an instrument's maturity ("the 10-year Treasury yield"), a record span ("a 17-year low"),
        // a span a rule or frame sets ("a 90-day ban", "a 14-day quarantine", "over a 10-year period": unlabelled in the gold).
        if (next?.Text is "-" && afterNext is { IsWord: true } && IsDescriptiveMeasure(afterNext.Text, tokens.At(i + 3)))
        {
            return false;
        }

        // "The 9.9% is the new aristocracy", "the 1% have": a percentage after "the" that is itself the subject names a group.
        if (previous is not null && previous.Is("the") && next?.Text == "%" && (afterNext is null || WordClasses.BeVerbs.Contains(afterNext.Text) || afterNext.Lower() is "has" or "have" or "had"))
        {
            return false;
        }

        // Market furniture scraped from quote widgets: "the Nasdaq Composite COMP, +1.32% climbed 112.60 points". A
        // signed percentage straight after a ticker symbol and its comma is the page's price box, not the story's
        // figure (guidelines section 5: stock tickers are page furniture); the story's own "rose 1.3%" is still one.
        if (next?.Text == "%" && IsTickerQuote(tokens, i))
        {
            return false;
        }

        // Telephone numbers: "(217) 555-0143".
        if (previous?.Text == "(" && next?.Text == ")" && token.Text.Length == 3 && afterNext?.Kind == TokenKind.Number)
        {
            return false;
        }

        return !IsRelativeTime(tokens, i + 1, i);
    }

    // "the 13 House congressional districts", "22,500 Syrian asylum seekers": a number before a capitalised word still
    // counts when the grammar reads the name as a modifier of a plural noun head, as it reads
    // "Four active-duty St. Louis officers" (IsModifiedCount); "60 Minutes" or "Boeing 737 Max jets" stay names (a
    // capitalised head; the capitalised word before the number), and a year stays a year (the check after this).
    private static bool IsCountBeforeName(ImmutableArray<Token> tokens, int i, Func<SentenceGrammar>? grammar) =>
        grammar is not null && tokens.At(i + 1) is { IsWord: true, IsCapitalized: true } && IsModifiedCount(tokens, grammar(), i);

    /// <summary>
    /// "lasting less than one minute", "held the seat open for more than a year", "spoke for just over an hour": "a",
    /// "an" or "one" and a time unit up to a year (class-duration-units.txt) after a comparison
    /// (class-duration-approximators.txt) measure a duration (guidelines: measured durations of an event are figures).
    /// Placed in time, and not after "for", it is relative time and no figure: "more than a year later", "less than a
    /// month old", "more than a month away" (class-relative-time-markers.txt), "in less than a week" and "after more
    /// than a year" (class-time-span-openers.txt). The end of the core, after the unit; otherwise null.
    /// </summary>
    private static int? SingleUnitDuration(ImmutableArray<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Text.Length > 3 || !(token.Is("a") || token.Is("an") || token.Is("one")) || i < 2
            || tokens.At(i + 1) is not { IsWord: true } unit || !WordClasses.DurationUnits.Contains(unit.Text)
            || !WordClasses.DurationApproximators.ContainsPhrase(tokens, i - 2, i))
        {
            return null;
        }

        // After "for" the comparison is a duration whatever follows it: "held the seat open for more than a year after
        // the death of Justice Scalia".
        var opener = tokens.At(i - 3);
        if (opener?.Is("for") == true)
        {
            return i + 2;
        }

        if ((tokens.At(i + 2) is { } after && WordClasses.RelativeTimeMarkers.Contains(after.Text))
            || (opener is not null && WordClasses.TimeSpanOpeners.Contains(opener.Text)))
        {
            return null;
        }

        return i + 2;
    }

    private static bool HasMarkAfter(ImmutableArray<Token> tokens, int i, string mark)
    {
        for (var j = i + 1; j < tokens.Length; j++)
        {
            if (tokens[j].Text == mark)
            {
                return true;
            }
        }

        return false;
    }

    // "aged 37", "the age of 55", "the ages of 25 and 54".
    // "drivers aged between 16 and 20", "ranging in ages from 13 to 50": the first bound after the age word (the second
    // goes with it by the pair rule at the call).
    private static bool IsAgeAfter(ImmutableArray<Token> tokens, int i) =>
        tokens.At(i - 1) is { } previous && (WordClasses.AgeWords.Contains(previous.Text)
            || (previous.Lower() is "of" or "between" or "from" && tokens.At(i - 2) is { } age && WordClasses.AgeWords.Contains(age.Text)));

    // "87% of 18- to 29-year-olds", "among 18- and 19-year-olds": the first bound hangs on its hyphen and shares the
    // second's "-year-old".
    private static bool OpensHyphenatedAgeRange(ImmutableArray<Token> tokens, int i) =>
        tokens.At(i + 1) is { Text: "-" } hyphen && hyphen.Span.Start == tokens[i].Span.End
        && tokens.At(i + 2)?.Lower() is "to" or "and" or "or" && tokens.At(i + 3) is { Kind: TokenKind.Number }
        && tokens.At(i + 4)?.Text == "-" && tokens.At(i + 5) is { } old && old.Lower().Contains("-old", StringComparison.Ordinal);

    /// <summary>The most digits of an age a life event happened at ("died at 92"; "died at 1,200" is no age).</summary>
    private const int MaxEventAgeDigits = 3;

    // "Rep. John Dingell died at 92,", "retired at 65 and", "dropped out of college at 19 after": a bare number after
    // "at" and a life event's word (class-age-event-words) is the age the person was then, as "died at the age of 92"
    // is; it closes its clause or goes on with it (class-age-clause-words), since a noun after it makes a count or a
    // measure ("died at 92 percent" does not occur, "school at 8 a.m." is a time and read before).
    private static bool IsEventAge(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Text.Length <= MaxEventAgeDigits && IsAllDigits(tokens[i].Text) && tokens.At(i - 1)?.Is("at") == true
        && tokens.At(i - 2) is { IsWord: true } evt && WordClasses.AgeEventWords.Contains(evt.Text)
        && (tokens.At(i + 1) is not { IsWord: true } || WordClasses.AgeClauseWords.Contains(tokens[i + 1].Text))
        && tokens.At(i + 1)?.Text is not ("%" or "-");

    // "range from 5 to 72 years of age", "sisters who are three and six years younger", "my foreman, only 10 years
    // older": a number of years "of age", or "older"/"younger" than someone (class-age-comparatives), is an age or
    // the gap between two people's ages, not a quantity the story counts (guidelines section 4 NOT: ages).
    private static bool IsYearsOfAge(ImmutableArray<Token> tokens, int i) =>
        tokens.At(i + 1) is { IsWord: true } years && WordClasses.AgeYearUnits.Contains(years.Text)
        && tokens.At(i + 2) is { IsWord: true } after
        && ((after.Is("of") && tokens.At(i + 3) is { } age && WordClasses.AgeNouns.Contains(age.Text)) || WordClasses.AgeComparatives.Contains(after.Text));

    // "between 16 and 19 years of age", "three and six years younger": the first number of a pair whose second is a
    // number of years of age is one too. Digits pair with digits and may also join by a hyphen or en dash ("16-19 years
    // of age"); spelled numbers pair with spelled ones by a word only (a hyphen is inside a spelled number's token).
    private static bool OpensPairIntoYearsOfAge(ImmutableArray<Token> tokens, int i)
    {
        var spelled = tokens[i].IsWord;
        return tokens.At(i + 1) is { } joiner && (joiner.Lower() is "and" or "or" or "to" || (!spelled && joiner.Text is "-" or "\u2013"))
            && tokens.At(i + 2) is { } second && (spelled ? second.IsWord : second.Kind == TokenKind.Number) && IsYearsOfAge(tokens, i + 2);
    }

    // "when he was 13", "she is 77.", "I was 21 at the time", "until she was 69 if not for …": a bare number after a
    // person's "is"/"was", closing its clause or followed by a word that goes on with it (class-age-clause-words), is an
    // age; "it was 13" or "the total was 56" count something, and a noun after the number makes a count ("he was 5
    // points behind"). "who just turned 61,", "she turns 70 and": the age a person reached (figures25; guidelines
    // section 4 NOT: ages), with at most three digits, closing its clause the same way ("turned 5 percent" has a word).
    // "At 16, he fell in love": a bare number after an opening "At" and before its comma is the subject's age; a
    // capital "At" inside the sentence opens a scraped line or headline the same way ("JUST WATCHED At 85, R.B.G.").
    private static bool IsStatedAge(ImmutableArray<Token> tokens, int i) =>
        (((tokens.At(i - 1) is { } be && be.Lower() is "is" or "was" && tokens.At(i - 2) is { } subject && WordClasses.AgeSubjects.Contains(subject.Text))
            || (tokens.At(i - 1) is { IsWord: true } verb && WordClasses.AgeVerbs.Contains(verb.Text) && tokens[i].Text.Length <= MaxReachedAgeDigits))
            && (tokens.At(i + 1) is not { IsWord: true } || WordClasses.AgeClauseWords.Contains(tokens[i + 1].Text))
            && tokens.At(i + 1)?.Text is not ("%" or "-"))
        || (tokens.At(i - 1)?.Text == "At" && (i == 1 || tokens.At(i - 2) is { } line && line.Text is not ("," or "(")) && tokens.At(i + 1)?.Text == "," && tokens[i].Text.Length <= 2);

    /// <summary>The most digits of an age a person "turned" ("turned 100"; "turned 2,000" is a count).</summary>
    private const int MaxReachedAgeDigits = 3;

    // "Brown, now 31, was 16 when …", "becoming, at 43, the successor": a bare number of one or two digits after
    // "now" or "at", set off by commas, describes the subject as "Smith, 42, said" does. Without the commas "at" names
    // a level ("the death toll stands at 58.") and stays a figure. "Now 83, she's staring down …" opens its sentence
    // with the subject's age the same way, "the same age Haberman is now, 43, when" sets "now" off before the age, and
    // "Holmes, then 24, was arrested" gives a name's age at the time
    // (figures39); "then" only after a capitalised word, since "rose to 5, then 10, then 20" is a series of figures.
    private static bool IsParentheticalAge(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Text.Length <= 2 && tokens.At(i + 1)?.Text == ","
        && (tokens.At(i - 1)?.Lower() switch
        {
            "now" => i == 1 || tokens.At(i - 2)?.Text == ",",
            "," => tokens.At(i - 2)?.Lower() == "now" && tokens.At(i - 3)?.Lower() is "is" or "was",
            "at" => tokens.At(i - 2)?.Text == ",",
            "then" => tokens.At(i - 2)?.Text == "," && IsAgedName(tokens, i - 3) && tokens.At(i + 2)?.Lower() != "then",
            _ => false,
        });

    // The word before ", then 24," is a name the age describes only when it can name a person: a weekday or a month is
    // capitalised too, and "Deaths rose to 3 on Monday, then 7," or "climbed to 4 in March, then 9," is a series of
    // figures (forward31). A third "then" after the closing comma continues a series ("3 in Ohio, then 7, then 12");
    // an appositive's comma is followed by its clause, never by another step. A month's spelling after a capitalised
    // word is a surname ("Theresa May, then 60,", "Brian May"; rev31): a series' month follows a preposition ("in May").
    private static bool IsAgedName(ImmutableArray<Token> tokens, int index) =>
        tokens.At(index) is { IsWord: true, IsCapitalized: true } word && !WordClasses.Weekdays.Contains(word.Text)
        && (!WordClasses.Months.Contains(word.Text) || tokens.At(index - 1) is { IsWord: true, IsCapitalized: true });

    /// <summary>The most digits an age group's number has ("20-somethings"; "300-something pounds" is a weight).</summary>
    private const int MaxAgeGroupDigits = 2;

    /// <summary>The most words of a name's opening before its number ("Fight for").</summary>
    private const int MaxFigureNameOpener = 3;

    // "the Fight for $15 campaign": a number that closes a campaign's or a body's name (class-figure-name-openers,
    // matched from a capitalised word) names it and counts nothing, as "Boeing 737" does.
    private static bool IsInFigureName(ImmutableArray<Token> tokens, int start)
    {
        for (var length = 1; length <= MaxFigureNameOpener && start - length >= 0; length++)
        {
            if (tokens[start - length].IsCapitalized && WordClasses.FigureNameOpeners.ContainsPhrase(tokens, start - length, start))
            {
                return true;
            }
        }

        return false;
    }

    // "a large pool of 20-somethings", "the 20- and 30- and 40-somethings who cover the campaign": a decade joined by a
    // hyphen to "somethings" names an age group, as "37-year-old" names an age; a decade left hanging on its hyphen
    // shares the last one's word.
    private static bool IsAgeGroup(ImmutableArray<Token> tokens, int i)
    {
        for (var j = i; tokens[j].Text.Length <= MaxAgeGroupDigits && tokens.At(j + 1) is { Text: "-" } hyphen && hyphen.Span.Start == tokens[j].Span.End; j += 3)
        {
            if (tokens.At(j + 2) is { IsWord: true } word && WordClasses.AgeGroupWords.Contains(word.Text))
            {
                return true;
            }

            if (tokens.At(j + 2)?.Lower() is not ("and" or "or" or "to") || tokens.At(j + 3) is not { Kind: TokenKind.Number })
            {
                return false;
            }
        }

        return false;
    }

    // "voters under 30", "children under 5", "Americans over 65", "anyone younger than 18": a bare number of one or two
    // digits bounding the age of a people noun names an age group, not a count (guidelines section 4: ages are not
    // figures). A noun after the number makes it a count again ("people over 50 pounds"), as does a unit ("over 30%");
    // without the grammar only a number closing its phrase or followed by "years" is read as an age.
    private static bool IsAgeBound(ImmutableArray<Token> tokens, int i, Func<SentenceGrammar>? grammar)
    {
        if (tokens[i].Text.Length > MaxAgeGroupDigits || !IsAllDigits(tokens[i].Text) || tokens.At(i - 1) is not { } bound)
        {
            return false;
        }

        // "86% of those 65 and older", "Americans 18 and up", "adults 50 or over": the bound after the number, with a
        // people noun before it, is the same age group (figures39).
        // "those under 20 and over 65" is the bound before the number, read below.
        if (tokens.At(i + 1)?.Lower() is "and" or "or" && tokens.At(i + 2) is { IsWord: true } tail && WordClasses.AgeBoundTails.Contains(tail.Text)
            && bound.IsWord && WordClasses.AgeBoundGroups.Contains(bound.Text))
        {
            return true;
        }

        var groupIndex = bound.Lower() switch
        {
            "under" or "over" => i - 2,
            "than" when tokens.At(i - 2)?.Lower() is "younger" or "older" => i - 3,
            _ => -1,
        };

        // "people who are younger than 65": the relative clause's "who are" stands between the group and its bound.
        if (tokens.At(groupIndex)?.Lower() is "are" or "were" && tokens.At(groupIndex - 1) is { } who && FunctionWords.Is(who, "who"))
        {
            groupIndex -= 2;
        }

        var group = tokens.At(groupIndex);
        if (group is not { IsWord: true } || !WordClasses.AgeBoundGroups.Contains(group.Text))
        {
            return false;
        }

        // A hyphen glued to the number joins a unit ("over 30-year"); one set off by spaces is a dash closing the phrase
        // ("white voters over 60 - a group that").
        if (tokens.At(i + 1) is not { IsWord: true } next || next.Is("years"))
        {
            return tokens.At(i + 1) is not { Text: "%" } && !(tokens.At(i + 1) is { Text: "-" } hyphen && hyphen.Span.Start == tokens[i].Span.End);
        }

        return grammar is not null && grammar().TagAt(i + 1) is not (PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.CD);
    }

    // "patients who are 18 to 49 years old", "18-29 year old voters", "between 16 and 18 years old", "what someone did
    // 30 or 40 years ago": the first number of a pair is an age or relative time when its second is (guidelines section
    // 4: neither is a figure). The second number alone is already relative time and not a figure.
    private static bool StartsRangeIntoRelativeTime(ImmutableArray<Token> tokens, int i) =>
        tokens.At(i + 1)?.Lower() is "to" or "and" or "or" or "-" or "\u2013" && tokens.At(i + 2) is { Kind: TokenKind.Number }
        && IsRelativeTime(tokens, i + 3, i + 2);

    // The BCL's span search, as RuleCategories and the EditorConfig patterns read digits; IdentifierNumbers reads its
    // codes' digits with it too (every text it passes is non-empty).
    internal static bool IsAllDigits(string text) => !text.AsSpan().ContainsAnyExceptInRange('0', '9');

    // "(1) Sessions was colluding …; (2) …", "501(c)(4) groups": a single digit alone in brackets numbers the
    // author's points or is part of a code, when it opens the sentence, follows a colon, sits in a run of such
    // markers, or hangs on the code before it with no space; "one-quarter of the members (12)" is still a count.
    private static bool IsEnumerationMarker(ImmutableArray<Token> tokens, int i)
    {
        if (IsHalfBracketMarker(tokens, i))
        {
            return true;
        }

        if (tokens[i].Text.Length != 1 || tokens.At(i - 1)?.Text != "(" || tokens.At(i + 1)?.Text != ")")
        {
            return false;
        }

        var open = tokens[i - 1];
        if (i == 1 || tokens.At(i - 2)?.Text is ":" or ";" || tokens[i - 2].Span.End == open.Span.Start)
        {
            return true;
        }

        for (var j = 1; j + 1 < tokens.Length; j++)
        {
            if (j != i && tokens[j].Kind == TokenKind.Number && tokens[j].Text.Length == 1 && tokens[j - 1].Text == "(" && tokens[j + 1].Text == ")")
            {
                return true;
            }
        }

        return false;
    }

    // The part of a slashed date before the slash: a number ("9/11"), or a hyphenated word that ends in one and touches
    // the slash ("post-9/11").
    private static bool IsDateBeforeSlash(Token? before, Token? slash) =>
        before is { Kind: TokenKind.Number }
        || (before is { IsWord: true } && before.Span.End == slash.Span.Start && before.Text.Contains('-', StringComparison.Ordinal)
            && char.IsAsciiDigit(before.Text[^1]));

    // "but face 1) massive Democratic opposition and 2) presidential distraction", "values: 1) Fairfax should …":
    // a single digit closed by a bracket that nothing opened numbers the author's points mid-sentence (no gold
    // label on one in any set); "(Categories 4 and 5)" and "(G-7)" close a bracket that was opened, so they stay.
    private static bool IsHalfBracketMarker(ImmutableArray<Token> tokens, int i)
    {
        var next = tokens.At(i + 1);
        if (tokens[i].Text.Length != 1 || next?.Text != ")" || next.Span.Start != tokens[i].Span.End || tokens.At(i - 1)?.Text == "(")
        {
            return false;
        }

        // "It's $6)." closes a bracket opened sentences before: a sum is never a marker ("#2)" still is).
        if (tokens.At(i - 1) is { Kind: TokenKind.Symbol } symbol && symbol.Text != "#")
        {
            return false;
        }

        var depth = 0;
        for (var j = 0; j < i; j++)
        {
            depth += tokens[j].Text switch { "(" => 1, ")" => -1, _ => 0 };
        }

        return depth <= 0;
    }

    // "60 Minutes", "Ten Commandments", "the Group of 20": a number before a capitalised word that is not a
    // people or party noun ("24 Democrats") is part of a name, mid-sentence where capitals mean something.
    private static bool IsNameAfterNumber(ImmutableArray<Token> tokens, int i)
    {
        var next = tokens.At(i + 1);
        // "59 Chinese apps": a capitalised modifier before a lower-case plural is still a count.
        var countedAfter = tokens.At(i + 2) is { IsWord: true, IsCapitalized: false } after && after.Text.EndsWith('s');
        if (next is { IsWord: true } && next.IsCapitalized && !countedAfter && !WordClasses.GroupNouns.Contains(next.Text) && !WordClasses.Months.Contains(next.Text)
            && !WordClasses.PercentWords.Contains(next.Text) && !WordClasses.ScaleWords.Contains(next.Text) && !WordClasses.CountedNouns.Contains(next.Text)
            && !next.Text.EndsWith("ans", StringComparison.Ordinal))
        {
            return true;
        }

        return tokens.At(i - 1) is { } of && of.Is("of") && tokens.At(i - 2) is { IsCapitalized: true, IsWord: true } && i - 2 > 0;
    }

    // "DJIA, +0.68%", "MJ, -0.99%", "000300, +0.73%": a sign glued to the number, a comma, and a symbol of capitals
    // and digits before it. Some pages drop the comma ("Bank of America Corp. BAC -0.46%, General Motors Co. GM
    // -0.13%", "AIG -1.25%"): the glued sign still marks the quote, as prose writes "fell 0.46%" or "down 0.46%".
    private static bool IsTickerQuote(ImmutableArray<Token> tokens, int i)
    {
        if (tokens.At(i - 1) is not { Text: "+" or "-" or "\u2212" } sign || sign.Span.End != tokens[i].Span.Start)
        {
            return false;
        }

        if (tokens.At(i - 2)?.Text == ",")
        {
            return tokens.At(i - 3) is { } listed && IsTickerSymbol(listed.Text);
        }

        // Without the comma the symbol must hold a letter and stand apart from the sign: "10-15%" is a range.
        return tokens.At(i - 2) is { } symbol && symbol.Span.End < sign.Span.Start && IsTickerSymbol(symbol.Text) && HasUpper(symbol.Text);
    }

    private static bool IsTickerSymbol(string text)
    {
        if (text.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDescriptiveMeasure(string unit, Token? following) =>
        WordClasses.PageNouns.Contains(unit)
        || (WordClasses.TimeUnits.Contains(unit) && following is { IsWord: true }
            && (WordClasses.MeasureDescriptors.Contains(following.Text) || WordClasses.MeasureSpanHeads.Contains(following.Text)));

    // "the court's four liberal justices", "his two sons", "our two sons": a count after a possessive, the author's
    // own too, points at a set already in view.
    private static bool IsPossessive(Token token) => Possessives.IsPossessive(token, PossessiveOwners.AnyPerson);

    // The end of a spelled ratio starting at i: a count ("one"), "in" or "out of", then a number word or a number that
    // is no year and measures no time ("one in 2014", "the first one in 20 years" place an event in time).
    private static int? SpelledRatioEnd(ImmutableArray<Token> tokens, int i)
    {
        if (!WordClasses.RatioNumerators.Contains(tokens[i].Text))
        {
            return null;
        }

        var denominator = tokens.At(i + 1)?.Is("in") == true ? i + 2 : tokens.At(i + 1)?.Is("out") == true && tokens.At(i + 2)?.Is("of") == true ? i + 3 : -1;
        if (denominator < 0 || tokens.At(denominator) is not { } number
            || !(WordClasses.SmallCardinals.Contains(number.Text) || RuleLexicons.NumberWords.ContainsWord(number.Text)
                || (number.Kind == TokenKind.Number && !IsYear(number.Text)))
            || tokens.At(denominator + 1) is { } unit && WordClasses.TimeUnits.Contains(unit.Text))
        {
            return null;
        }

        return denominator + 1;
    }

    private static bool IsYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1000 and <= 2100;

    // "two years later", "10 years ago", "the past five years", "37 years old"; a scale or "more" may stand between
    // the number and its unit ("65 million years ago", "after 14 more years").
    private static bool IsRelativeTime(ImmutableArray<Token> tokens, int unitIndex, int numberIndex)
    {
        while (tokens.At(unitIndex) is { } between && (WordClasses.ScaleWords.Contains(between.Text) || between.Is("more")))
        {
            unitIndex++;
        }

        var unit = tokens.At(unitIndex);
        if (unit is null)
        {
            return false;
        }

        if (unit.Text == "-" && tokens.At(unitIndex + 1) is { } hyphenated && WordClasses.TimeUnits.Contains(hyphenated.Text))
        {
            return false;
        }

        if (!WordClasses.TimeUnits.Contains(unit.Text))
        {
            return false;
        }

        var after = tokens.At(unitIndex + 1);
        if (after is not null && (WordClasses.RelativeTimeMarkers.Contains(after.Text) || IsRelativeTail(tokens, unitIndex + 1)))
        {
            return true;
        }

        var before = tokens.At(numberIndex - 1);
        // "after about 10 minutes" places an event in time like "10 minutes later".
        if (before is not null && WordClasses.TimeApproximators.Contains(before.Text))
        {
            before = tokens.At(numberIndex - 2) is { } further && further.Is("after") ? further : before;
        }

        // "another four years" adds to a term; "another six minutes" measures an event's stretch (class-clock-span-units).
        if (before is not null && before.Is("another") && WordClasses.ClockSpanUnits.Contains(unit.Text))
        {
            return false;
        }

        // "after seven months of deliberation", "after two days of talks": the span "of" an event is that event's measured
        // duration (guidelines section 5), not a point in time as "after seven months" alone is (new49).
        if (before is not null && before.Is("after") && after?.Is("of") == true)
        {
            return false;
        }

        return before is not null && WordClasses.TimeSpanOpeners.Contains(before.Text);
    }

    // "with four months to go until", "had six months to live", "We are 10 years too late" (class-relative-time-tails.txt),
    // "And five years on, thanks to …": counted from now or from a point in the story, as "later" is. "on" only before a
    // comma or the sentence's end: "five years on Nixon's staff", "1.5 years on average" measure something.
    private static bool IsRelativeTail(ImmutableArray<Token> tokens, int i) =>
        WordClasses.RelativeTimeTails.LongestMatchAt(tokens, i, out _) > 0
        || (tokens[i].Is("on") && (tokens.At(i + 1) is not { } next || next.Text is "," or "."));

    // Every word of every sentence passes through here and almost none is a number word: this tells so from the
    // word lowered into a stack buffer, before the checks below lower it and its neighbours into strings. It admits
    // every word a branch below can accept (a fraction, a count from two to nine, a number word, and "half" and
    // "twice", each the head word of its own branch below rather than a member of a list).
    private static bool MayBeSpelledQuantity(string text)
    {
        // A hyphenated word is read by its parts below; any other must be one of the filter's words (the same test
        // CoreAt puts before every spelled check, kept in one place).
        if (!MayStartSpelledCore(text))
        {
            return false;
        }

        if (text.Length > MaxSpelledLength)
        {
            return true;
        }

        Span<char> buffer = stackalloc char[MaxSpelledLength];
        var word = buffer[..text.Length];
        // Nearly every word is short and ASCII: lowered here letter by letter, and only a word with another letter
        // through the invariant casing. The library's span lowering, even its ASCII path, was most of this check's cost
        // on words of a few letters. A word's typographic apostrophe is already straight: the tokenizer folds it.
        var ascii = true;
        for (var c = 0; c < text.Length && ascii; c++)
        {
            var letter = text[c];
            ascii = letter < '\u0080';
            word[c] = letter is >= 'A' and <= 'Z' ? (char)(letter + ('a' - 'A')) : letter;
        }

        if (!ascii)
        {
            text.AsSpan().ToLowerInvariant(word);
        }

        var hyphen = word.IndexOf('-');
        var last = word[(word.LastIndexOf('-') + 1)..];
        return FractionLookup.Contains(last) || SmallCountLookup.Contains(word) || word is "twice"
            || RuleLexicons.NumberWords.ContainsWord(word) || ReadSpelledMargin(word) != SpelledMarginShape.None
            || (hyphen >= 0 && word[(hyphen + 1)..].IndexOf('-') < 0 && RuleLexicons.NumberWords.ContainsWord(word[..hyphen]));
    }

    /// <summary>The two shapes a spelled margin below ten takes in one hyphenated word.</summary>
    private enum SpelledMarginShape
    {
        None,

        /// <summary>"seven-point", "one-point": a count below ten before "point".</summary>
        Point,

        /// <summary>"two-to-one", "ten-to-one": two counts joined by "to".</summary>
        Ratio,
    }

    // "seven-point", "two-to-one": the one parse of a hyphenated word that may spell a margin, read by both the finder's
    // spelled-word filter and SpelledMarginEnd, so the filter lets through exactly what the margin check reads. The
    // number-word list (it starts at "ten") and the small counts (whole words) leave these words out; no other
    // hyphenated small count ("two-year", "three-judge") has either shape. "ten-point" is no margin below ten (the
    // filter passes it as a number word's compound anyway); a ratio takes any count ("ten-to-one").
    private static SpelledMarginShape ReadSpelledMargin(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || !IsMarginCount(word[..hyphen]))
        {
            return SpelledMarginShape.None;
        }

        var rest = word[(hyphen + 1)..];
        if (rest is "point")
        {
            return RuleLexicons.NumberWords.ContainsWord(word[..hyphen]) ? SpelledMarginShape.None : SpelledMarginShape.Point;
        }

        return rest.StartsWith("to-") && IsMarginCount(rest[3..]) ? SpelledMarginShape.Ratio : SpelledMarginShape.None;
    }

    private static bool IsMarginCount(ReadOnlySpan<char> word) =>
        word is "one" || SmallCountLookup.Contains(word) || RuleLexicons.NumberWords.ContainsWord(word);

    // A spelled poll or vote margin states a tally's result, as "a 7-point swing" and "a 4-to-1 margin" do (guidelines
    // section 4; tune14-64 + fresh14-35: "a seven-point swing", "a one-point race", "by two-to-one", "a two-to-one
    // victory" labelled, none of the form before these heads unlabelled). An "N-point" counts only before a margin's
    // head (class-margin-heads.txt): "a five-point scale", "a ten-point plan" measure nothing. An "N-to-N" counts
    // before such a head or after "by" ("by nearly two-to-one"); "two-to-three years" is a range, not a margin.
    private static int? SpelledMarginEnd(ImmutableArray<Token> tokens, int i, string word)
    {
        var shape = ReadSpelledMargin(word);
        if (shape == SpelledMarginShape.None)
        {
            return null;
        }

        if (tokens.At(i + 1) is { } head && WordClasses.MarginHeads.Contains(head.Text))
        {
            return i + 1;
        }

        var before = tokens.At(i - 1) is { } previous && WordClasses.Approximators.Contains(previous.Text) ? tokens.At(i - 2) : tokens.At(i - 1);
        return shape == SpelledMarginShape.Ratio && before?.Is("by") == true ? i + 1 : null;
    }

    private static int? SpelledQuantity(ImmutableArray<Token> tokens, int i, Func<SentenceGrammar>? grammar)
    {
        if (!MayBeSpelledQuantity(tokens[i].Text))
        {
            return null;
        }

        var word = tokens[i].Lower();
        var next = tokens.At(i + 1);
        var previous = tokens.At(i - 1);

        // "eight years older than Trump", "two sisters who are three and six years younger": the gap between ages; "died
        // at the age of seventy-three": a spelled age, as "the age of 73" is.
        if (IsYearsOfAge(tokens, i) || IsAgeAfter(tokens, i) || OpensPairIntoYearsOfAge(tokens, i))
        {
            return null;
        }

        // The scale word of a number a demonstrative points back at ("those 23 million barrels") belongs to that number.
        if (previous is { Kind: TokenKind.Number } && PointsBackAtCountedSet(tokens, i - 1, tokens.At(i - 2)))
        {
            return null;
        }

        // Fractions: "a third of", "two-thirds of", "half of the". Only a hyphenated word is split: a split per word
        // was most of the finder's garbage.
        var parts = word.Contains('-') ? word.Split('-') : null;
        var pair = parts is { Length: 2 };
        // "in the nineteen-eighties": a spelled decade is a time, as "the 1980s" is, not a count of eighties.
        if (pair && WordClasses.SpelledDecades.Contains(parts![1]))
        {
            return null;
        }

        // The words before a fraction are data: class-fraction-counts.txt and class-half-of-openers.txt.
        if ((Fractions.Contains(parts is null ? word : parts[^1]) && next?.Is("of") == true && (parts is not null || (previous is not null && WordClasses.FractionCounts.Contains(previous.Text))))
            || (word == "half" && next?.Is("of") == true && (previous is null || WordClasses.HalfOfOpeners.Contains(previous.Text))))
        {
            // "A quarter of a century ago", "half a year later" places an event in time, as "25 years ago" does.
            return tokens.At(i + 2)?.Lower() is "a" or "an" && IsRelativeTime(tokens, i + 3, i) ? null : i + 1;
        }

        // A spelled margin below ten: "a seven-point swing", "a one-point race", "backed it by two-to-one".
        if (SpelledMarginEnd(tokens, i, word) is { } marginEnd)
        {
            return marginEnd;
        }

        // "by almost half", "more than half": an approximated half is a proportion even without "of".
        if (word == "half" && previous is not null && WordClasses.HalfApproximators.Contains(previous.Text))
        {
            return i + 1;
        }

        // "twice as many Americans", "three times as much".
        if ((word == "twice" && next?.Is("as") == true && tokens.At(i + 2)?.Lower() is "many" or "much")
            || (CountsThreeToNine.Contains(word) && next?.Is("times") == true && tokens.At(i + 2)?.Is("as") == true))
        {
            return i + 1;
        }

        // "four St. Louis officers" is still a count: a name may modify the counted noun, which the grammar finds. A
        // capitalised count word mid-sentence is part of the name ("the Gang of Eight Senate talks").
        if (IsNameAfterNumber(tokens, i) && i > 0)
        {
            return !tokens[i].IsCapitalized && IsBareCount(word, previous) && grammar is not null && IsModifiedCount(tokens, grammar(), i) ? (next!.Value.Is("dozen") ? i + 2 : i + 1) : null;
        }

        // "the Big Three networks", "the Final Four": a capitalised number word after a capitalised word mid-sentence
        // closes a name, as "Ten Commandments" opens one.
        if (i > 1 && tokens[i].IsCapitalized && previous is { IsWord: true, IsCapitalized: true } && !RuleLexicons.NumberWords.ContainsWord(previous.Text))
        {
            return null;
        }

        var isNumberWord = RuleLexicons.NumberWords.ContainsWord(word) || (pair && RuleLexicons.NumberWords.ContainsWord(parts![0]));
        if (isNumberWord)
        {
            // "test scores", "credit scores", "Trump scores higher marks": a number word that is also a common noun or
            // verb (class-of-only-magnitudes) is a magnitude only before "of" or "more" (class-magnitude-noun-followers:
            // "scores of people", "scores more wounded") or a toll ("scores injured", "scores were killed"). tune14-84 +
            // fresh14-46: 1 labelled outside "scores of", 13 unlabelled, 7 of them reported (figures78).
            if (!pair && WordClasses.OfOnlyMagnitudes.Contains(word) && !IsMagnitudeNounUse(tokens, i + 1))
            {
                return null;
            }

            // "Twenty-somethings who are poor", "a thirty-something couple": an age group, as "20-somethings" is. Only a
            // decade's name ends in "-ty"; "hundred-something" is not an age.
            if (pair && WordClasses.AgeGroupWords.Contains(parts![1]) && parts[0].EndsWith("ty", StringComparison.Ordinal))
            {
                return null;
            }

            // "a two-page letter", "the five-year note": the measure describes an object.
            if (pair && IsDescriptiveMeasure(parts![1], parts[1].Length > 0 && WordClasses.TimeUnits.Contains(parts[1]) ? next : null))
            {
                return null;
            }

            // Idioms: "a million different ways", "death by a thousand cuts", "thousands of years ago". An
            // approximator before the article makes it a count again ("more than a thousand cuts", "nearly a million
            // times"): the idiom is never hedged.
            if (next is not null && Idioms.Contains(next.Text) && previous?.Lower() is "a" or "one" && !IsApproximated(tokens, i - 1))
            {
                return null;
            }

            if (next?.Is("of") == true && tokens.At(i + 2) is { } unit && WordClasses.TimeUnits.Contains(unit.Text))
            {
                return null;
            }

            return IsRelativeTime(tokens, i + 1, i) ? null : i + 1;
        }

        // "killed six at an event", "killing three and injuring …": a spelled count that is a toll verb's whole object is
        // the toll, as "killed 6 at" and "killed six people" are (new47: labelled and missed in fresh24, fresh44, fresh47).
        if (WordClasses.CountsTwoToNine.Contains(word) && previous is { } verb && WordClasses.TollVerbs.Contains(verb.Text)
            && (next is null || !next.Value.IsWord || WordClasses.TollCountFollowers.Contains(next.Value.Text)))
        {
            return i + 1;
        }

        // "the other three states" counts what the story has already listed.
        if (CountsThreeToNine.Contains(word) && next is not null && WordClasses.CountedNouns.Contains(next.Text) && previous?.Lower() != "other"
            && (previous is null || !IsPossessive(previous.Value)))
        {
            return i + 1;
        }

        // A counted noun phrase: "five polling locations", "three House districts", "Two Democrats broke ranks".
        // A measured duration: "for three years", "two weeks of oral argument" (relative time was ruled out above).
        // "the two parties", "these three categories", "his two hands" point at things already in view; "two" on its
        // own is mostly incidental ("two victims" is borderline in the guidelines), so it counts only before a counted noun.
        if (next is not null && !PointsAtSetInView(previous))
        {
            if (WordClasses.IncidentalCounts.Contains(word) && WordClasses.CountedNouns.Contains(next.Text))
            {
                return i + 1;
            }

            if (CountsThreeToNine.Contains(word) && (IsCountedPhrase(tokens, i + 1) || (WordClasses.TimeUnits.Contains(next.Text) && !IsRelativeTime(tokens, i + 1, i))))
            {
                return i + 1;
            }

            if (IsBareCount(word, previous) && grammar is not null && IsModifiedCount(tokens, grammar(), i))
            {
                // "more than two dozen people": the scale word is the figure's, as "million" is.
                return next.Is("dozen") ? i + 2 : i + 1;
            }
        }

        return null;
    }

    private static bool IsMagnitudeNounUse(ImmutableArray<Token> tokens, int after) =>
        tokens.At(after) is { IsWord: true } next
        && (WordClasses.MagnitudeNounFollowers.Contains(next.Text) || WordClasses.TollStates.Contains(next.Text)
            || (WordClasses.BeVerbs.Contains(next.Text) && tokens.At(after + 1) is { IsWord: true } state && WordClasses.TollStates.Contains(state.Text)));

    // The demonstrative stands right before the number or before its currency symbol ("those $600 checks").
    private static bool PointsBackAtCountedSet(ImmutableArray<Token> tokens, int number, Token? previous) =>
        previous is { } before
        && (before.IsWord
            ? WordClasses.PluralDemonstratives.Contains(before.Text)
            : before.Kind == TokenKind.Symbol && tokens.At(number - 2) is { IsWord: true } word && WordClasses.PluralDemonstratives.Contains(word.Text));

    // "the top two candidates have been either two Democrats or two Republicans": a count offered as one of
    // "either … or"'s alternatives describes what may be, as a conditional's does, and states no number of anything.
    private static bool IsAlternative(ImmutableArray<Token> tokens, int count)
    {
        if (tokens.At(count - 1)?.Lower() == "either")
        {
            return true;
        }

        if (tokens.At(count - 1)?.Lower() != "or")
        {
            return false;
        }

        for (var j = count - 2; j >= 0; j--)
        {
            if (tokens[j].Lower() == "either")
            {
                return true;
            }
        }

        return false;
    }

    // "two law enforcement officials said", "Two sources told BuzzFeed News", "according to two sources", "identified
    // by two federal officials": a count of the people a reporting verb or an agent's "by" quotes numbers the sources,
    // which the source rules judge; it is not a figure the story states.
    private static bool IsSpeakerCount(ImmutableArray<Token> tokens, int count, int head)
    {
        var before = count - 1;
        while (before >= 0 && WordClasses.Approximators.Contains(tokens[before].Text))
        {
            before--;
        }

        if (tokens.At(before)?.Lower() is "by" || AttributionReader.FollowsAccordingTo(tokens, before + 1))
        {
            return true;
        }

        // The reporting verb is the counted people's own, so it stands in their clause: a semicolon, a colon or a comma
        // before "but"/"although" (class-clause-breaks.txt) opens another one ("Two officers were hurt, but police said
        // …" counts the wounded, not the speakers).
        for (var j = head + 1; j < tokens.Length && !ClauseBreakReader.IsBreakAt(tokens, j, colonBreaks: true); j++)
        {
            if (tokens[j].IsWord && RuleLexicons.ReportingVerbs.ContainsWord(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    // A small count word ("two" to "nine", class-counts-two-to-nine.txt) with no determiner, possessive or ordinal
    // before it: "the two parties", "his four sons" and "the other three states" point at a set already in view.
    private static bool IsBareCount(string word, Token? previous) =>
        WordClasses.CountsTwoToNine.Contains(word) && !PointsAtSetInView(previous);

    // A determiner, a possessive or a rank before a count (class-count-set-markers.txt: "top", "first", "other").
    private static bool PointsAtSetInView(Token? previous) =>
        previous is { } word
        && (WordClasses.Determiners.Contains(word.Text) || IsPossessive(word) || WordClasses.CountSetMarkers.Contains(word.Text));

    /// <summary>The most modifiers the grammar check lets stand between a count word and its counted noun.</summary>
    private const int MaxCountModifiers = 5;

    // "Four active-duty St. Louis officers were shot", "three House Democratic aides", "Two Democrats broke ranks": a
    // count of people or things whose noun phrase carries names or more modifiers than IsCountedPhrase's two words.
    // The grammar's tags tell the modifiers (adjectives, participles, nouns and names) from the head, a plural noun
    // that no further noun follows. The head is lower-case ("officers") or a people noun ("Democrats"): a capitalised
    // plural closes a name ("Four Seasons"). "Two" counts only people and counted nouns, as above ("two girls" is
    // borderline in the guidelines, "two sides" incidental). The words that sort the author's own points ("three
    // main factors", "two key groups") and time units ("three straight years") are left to the checks above.
    private static bool IsModifiedCount(ImmutableArray<Token> tokens, SentenceGrammar grammar, int count)
    {
        if (IsAlternative(tokens, count))
        {
            return false;
        }

        var two = WordClasses.IncidentalCounts.Contains(tokens[count].Text);
        for (var j = count + 1; j < tokens.Length && j <= count + MaxCountModifiers + 1; j++)
        {
            var token = tokens[j];
            var tag = grammar.TagAt(j);
            var lower = token.Lower();
            // "two other campaign aides", "three more children": a count added to a set already in view.
            if (WordClasses.Determiners.Contains(token.Text) || WordClasses.EnumerationWords.Contains(lower) || WordClasses.TimeUnits.Contains(token.Text)
                || IsPossessive(token) || WordClasses.CountAdditions.Contains(token.Text))
            {
                return false;
            }

            var isNoun = token.IsWord && tag is PosTag.NNS or PosTag.NNPS;
            var nounAfter = tokens.At(j + 1) is { IsWord: true } && grammar.TagAt(j + 1) is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;
            if (isNoun && !nounAfter)
            {
                // "left three men dead", "arresting five men": a plural of people without an s counts from "three" up;
                // "two men" is as often incidental as "two girls" (borderline in the guidelines) and is left.
                var irregular = !two && WordClasses.IrregularPlurals.Contains(token.Text);
                if ((WordClasses.GroupNouns.Contains(token.Text) || irregular) && IsSpeakerCount(tokens, count, j))
                {
                    return false;
                }

                // "six feet apart": a plural without an s is a unit or an irregular noun; only the listed ones
                // ("people", "children", class-irregular-plurals.txt) count.
                var people = WordClasses.GroupNouns.Contains(token.Text) || WordClasses.CountedNouns.Contains(token.Text) || irregular;
                return people || (!two && !token.IsCapitalized && lower.EndsWith('s'));
            }

            // A modifier: an adjective, a participle, a noun or a name ("active-duty", "St.", "Louis", "metro").
            var isModifier = (token.IsWord || (token.Kind == TokenKind.Abbreviation && token.IsCapitalized))
                && tag is PosTag.JJ or PosTag.JJR or PosTag.NN or PosTag.NNP or PosTag.NNS or PosTag.NNPS or PosTag.VBN or PosTag.VBG;
            if (!isModifier)
            {
                return false;
            }
        }

        return false;
    }

    // Up to two modifiers, then a plural noun head that is not a time unit ("polling locations", "House districts").
    private static bool IsCountedPhrase(ImmutableArray<Token> tokens, int from)
    {
        for (var j = from; j < Math.Min(tokens.Length, from + 3); j++)
        {
            var token = tokens[j];
            // "three main factors", "two key groups": the author sorting their own points, not a reported count.
            if (!token.IsWord || WordClasses.Determiners.Contains(token.Text) || WordClasses.TimeUnits.Contains(token.Text)
                || WordClasses.EnumerationWords.Contains(token.Text))
            {
                return false;
            }

            var lower = token.Lower();
            if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
                && !lower.EndsWith("'s", StringComparison.Ordinal) && (j + 1 >= tokens.Length || !tokens[j + 1].IsWord || !tokens[j + 1].Text.EndsWith('s') || j == from + 2))
            {
                return WordClasses.GroupNouns.Contains(token.Text) || WordClasses.CountedNouns.Contains(token.Text) || !token.IsCapitalized;
            }
        }

        return false;
    }

    /// <summary>Widens a core to its approximator, currency, unit, scale and range ("about $2.5 million", "between 300 and 1,200").</summary>
    private static (int Start, int End) Expand(ImmutableArray<Token> tokens, int start, int end)
    {
        // Right: scale, percent, currency words, a hyphenated unit ("30-minute"), a range's second number.
        while (end < tokens.Length)
        {
            var token = tokens[end];
            if (token.Text == "%" || WordClasses.ScaleWords.Contains(token.Text) || WordClasses.PercentWords.Contains(token.Text) || WordClasses.CurrencyWords.Contains(token.Text))
            {
                end++;
                continue;
            }

            if (token.Is("per") && tokens.At(end + 1)?.Is("cent") == true)
            {
                end += 2;
                continue;
            }

            if (token.Text is "-" or "\u2013" && token.Span.Start == tokens[end - 1].Span.End && tokens.At(end + 1) is { } after && after.Span.Start == token.Span.End)
            {
                if (after.Kind is TokenKind.Number || (after.IsWord && !WordClasses.TimeUnits.Contains(after.Text) is false) || after.IsWord)
                {
                    end += 2;
                    continue;
                }
            }

            if (token.Lower() is "to" or "and" && tokens.At(end + 1) is { Kind: TokenKind.Number } rangeEnd && (token.Is("to") || tokens.At(start - 1)?.Is("between") == true))
            {
                end += 2;
                continue;
            }

            break;
        }

        // Left: currency symbols, "between", and approximators ("more than", "nearly", "an estimated").
        while (start > 0)
        {
            var previous = tokens[start - 1];
            if (previous.Kind == TokenKind.Symbol && previous.Text is not "%" and not "#" and not "&")
            {
                start--;
                continue;
            }

            if (previous.Is("between"))
            {
                start--;
                continue;
            }

            if (start >= 2 && WordClasses.Approximators.ContainsPhrase(tokens, start - 2, start))
            {
                start -= 2;
                continue;
            }

            if (WordClasses.Approximators.Contains(previous.Text) && previous.Lower() is not ("a" or "an" or "more" or "only" or "just" or "some"))
            {
                start--;
                continue;
            }

            break;
        }

        return (start, end);
    }

    // The word before the count's article approximates it: a single-word approximator ("nearly a million") or the
    // "than" of "more than", "less than", "fewer than" (class-approximators.txt holds those as phrases).
    private static bool IsApproximated(ImmutableArray<Token> tokens, int article) =>
        tokens.At(article - 1) is { IsWord: true } before
        && (before.Is("than") || (WordClasses.Approximators.Contains(before.Text) && !before.Is("a") && !before.Is("an")));
}

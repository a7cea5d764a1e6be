using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// Numbers that are part of an identifier, not a quantity (guidelines section 4: a name is no figure): a docket
/// number after a case name ("Elonis v. United States, 13-983", "No. 16-309", "17-cv-1330"), a reporter citation
/// ("138 S. Ct."), a tax-code section written with a space ("501 (c)(3)"), a text-message short code ("text HOME to
/// 90999"), a telephone number's country or area code ("+1 (628) 400-7370", "(612)-673-2100", "1-800-RED-CROSS"), the
/// second number of a label's list ("Categories 4 and 5"), a version after a noun ("ban 2.0") and a calibre or gauge
/// (".22-caliber"). figures71: none of these forms is labelled in any tune or fresh set. Each form asks for the mark
/// that makes it a code, so a count beside the same words ("2,500 U.S. troops", "sent 90999 texts") stays a figure.
/// The older identifier tests FigureFinder kept beside these (telephone numbers, legal citations, glued code sections)
/// live here too since mend45, so each kind of identifier has one reader: FigureFinder only asks <see cref="IsIdentifier"/>.
/// </summary>
internal static class IdentifierNumbers
{
    public static bool IsIdentifier(ImmutableArray<Token> tokens, int i, Func<SentenceGrammar>? grammar) =>
        IsLegalCitation(tokens, i) || IsDocketPart(tokens, i) || IsCodeSection(tokens, i) || IsShortCode(tokens, i)
        || IsPhoneNumber(tokens, i) || IsLabelListItem(tokens, i) || IsVersion(tokens, i, grammar) || IsGauge(tokens, i);

    // "Elonis v. United States, 13-983", "Klayman v. Obama (13-851)", "No. 16-309", "Bauer v. DeVos, 17-cv-1330": a
    // two-digit year, a hyphen and a serial, after a case's "v." name or "No.", both halves. A tally ("5-4") has a
    // one-digit second half and stays.
    private static bool IsDocketPart(ImmutableArray<Token> tokens, int i) =>
        IsDocketStart(tokens, i)
        || (tokens.At(i - 1)?.Text == "-" && Glued(tokens, i - 2, i - 1) && Glued(tokens, i - 1, i) && IsDocketStart(tokens, i - 2));

    private static bool IsDocketStart(ImmutableArray<Token> tokens, int i)
    {
        if (tokens.At(i) is not { Kind: TokenKind.Number, Text.Length: 2 } || tokens.At(i + 1)?.Text != "-" || !Glued(tokens, i, i + 1)
            || tokens.At(i + 2) is not { } serial || !Glued(tokens, i + 1, i + 2) || !IsSerial(serial))
        {
            return false;
        }

        var before = tokens.At(i - 1);
        if (before?.Lower() is "no." or "nos.")
        {
            return true;
        }

        if (before?.Text is not ("," or "("))
        {
            return false;
        }

        // The segmenter may end a sentence at "v." ("Elonis v. | United States, 13-983."): a capitalised name straight
        // before the comma or bracket is the case's other party.
        if (tokens.At(i - 2) is { IsWord: true, IsCapitalized: true })
        {
            return true;
        }

        for (var j = i - 2; j >= 0 && j >= i - 12; j--)
        {
            if (WordClasses.VersusMarks.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    // A docket's serial: three to five digits, or a court's two-letter type and digits ("cv-1330").
    private static bool IsSerial(Token serial) =>
        serial.Kind == TokenKind.Number ? serial.Text.Length is >= 3 and <= 5 && FigureFinder.IsAllDigits(serial.Text)
        : serial.IsWord && serial.Text.Length > 3 && serial.Text[2] == '-' && char.IsAsciiLetterLower(serial.Text[0]) && FigureFinder.IsAllDigits(serial.Text[3..]);

    // A citation's parts: the volume or title straight before a reporter's or code's dotted abbreviation, the page or
    // section after it ("538 U.S. 760", "26 U.S.C. § 7803"), and any number beside a section sign ("18 § 798",
    // "§ 230"), and a reporter's volume (IsReporterVolume). A number on one side only stays: "2,500 U.S. troops" counts
    // troops, and "200 U.S. 10-year notes" counts notes. The abbreviation carries a dot inside it ("U.S.", "C.F.R."),
    // not only a closing one ("Mr.", "No."). Every citation number the rule reported in the gold is unlabelled.
    private static bool IsLegalCitation(ImmutableArray<Token> tokens, int i)
    {
        if (IsReporterVolume(tokens, i))
        {
            return true;
        }

        if (tokens.At(i - 1)?.Text == "\u00a7" || tokens.At(i + 1)?.Text == "\u00a7")
        {
            return true;
        }

        if (tokens.At(i + 1) is { } abbreviation && IsDottedAbbreviation(abbreviation) && IsCitationNumber(tokens, SectionAfter(tokens, i + 2)))
        {
            return true;
        }

        return IsCitationNumber(tokens, i) && CodeBefore(tokens, i - 1) is var code and >= 0 && IsCitationNumber(tokens, code - 1);
    }

    // Where a citation's section number stands after its code's abbreviation: straight after it ("538 U.S. 760"), or
    // after one capitalised word of the code's name and a section sign ("18 U.S. Code § 1512", "42 U.S.C. Section 1983").
    private static int SectionAfter(ImmutableArray<Token> tokens, int i)
    {
        if (tokens.At(i) is { IsWord: true, IsCapitalized: true })
        {
            i++;
        }

        return tokens.At(i)?.Text == "\u00a7" ? i + 1 : i;
    }

    // The dotted abbreviation that opens a code's name ending at <paramref name="last"/>, read back over the word and
    // section sign SectionAfter allows; -1 when there is none.
    private static int CodeBefore(ImmutableArray<Token> tokens, int last)
    {
        for (var j = last; j >= 0 && last - j <= 2; j--)
        {
            if (IsDottedAbbreviation(tokens[j]))
            {
                return j;
            }

            if (!(tokens[j].Text == "\u00a7" || tokens[j] is { IsWord: true, IsCapitalized: true }))
            {
                return -1;
            }
        }

        return -1;
    }

    // A citation's number: digits (a section may carry a dot, "2635.702"), not a hyphenated modifier ("10-year").
    private static bool IsCitationNumber(ImmutableArray<Token> tokens, int i) =>
        tokens.At(i) is { Kind: TokenKind.Number } number && FigureFinder.IsAllDigits(number.Text.Replace(".", "", StringComparison.Ordinal))
        && tokens.At(i + 1)?.Text != "-";

    private static bool IsDottedAbbreviation(Token token)
    {
        var dot = token.Text.IndexOf('.', StringComparison.Ordinal);
        return token.Text.Length > 2 && char.IsAsciiLetterUpper(token.Text[0]) && dot > 0 && dot < token.Text.Length - 1;
    }

    // "138 S. Ct.", "565 F. Supp.": a volume before a reporter written as an initial and an abbreviated word
    // (class-reporter-abbreviations.txt), whose initial has no dot inside it as "26 U.S.C." has.
    private static bool IsReporterVolume(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number && FigureFinder.IsAllDigits(tokens[i].Text)
        && tokens.At(i + 1) is { Text: [var initial, '.'] } && char.IsAsciiLetterUpper(initial)
        && tokens.At(i + 2) is { } reporter && WordClasses.ReporterAbbreviations.Contains(reporter.Text.TrimEnd('.'))
        && (reporter.Text.EndsWith('.') || tokens.At(i + 3)?.Text == ".");

    // A tax-code section: "501(c)(4) groups", whose number the bracket touches; "501(c)3", whose last number is glued to
    // the bracket that closes the letter (IsGluedCodeTail); "a 501 (c)(3) charity", written with a space.
    private static bool IsCodeSection(ImmutableArray<Token> tokens, int i) =>
        (tokens.At(i + 1) is { Text: "(" } open && open.Span.Start == tokens[i].Span.End) || IsGluedCodeTail(tokens, i) || IsSpacedCodeSection(tokens, i);

    // "501(c)3", "501(c)4 groups": a number glued to the bracket that closes a code's letter ends the code, as "(4)"
    // does in "501(c)(4)" (2 of 2 unlabelled in the gold; 6 in the allsides corpus, none a quantity).
    private static bool IsGluedCodeTail(ImmutableArray<Token> tokens, int i) =>
        tokens.At(i - 1) is { Text: ")" } close && close.Span.End == tokens[i].Span.Start
        && tokens.At(i - 2) is { IsWord: true, Text.Length: 1 } && tokens.At(i - 3)?.Text == "(";

    // "a 501 (c)(3) charity": the code's letter in brackets after a space, and its next bracket glued on.
    private static bool IsSpacedCodeSection(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number && tokens.At(i + 1)?.Text == "(" && tokens.At(i + 2) is { IsWord: true, Text: [var letter] }
        && char.IsAsciiLetterLower(letter) && tokens.At(i + 3)?.Text == ")" && tokens.At(i + 4)?.Text == "(" && Glued(tokens, i + 3, i + 4);

    // "text the word Harvey to 90999", "Text 'Floyd' to 55156": a five- or six-digit number after "to" in a texting
    // instruction is the short code to send to.
    private static bool IsShortCode(ImmutableArray<Token> tokens, int i)
    {
        if (tokens[i] is not { Kind: TokenKind.Number, Text.Length: 5 or 6 } || !FigureFinder.IsAllDigits(tokens[i].Text) || tokens.At(i - 1)?.Is("to") != true)
        {
            return false;
        }

        for (var j = i - 2; j >= 0 && j >= i - 6; j--)
        {
            if (tokens[j].IsWord && WordClasses.TextingVerbs.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    // A telephone number: a country, area or toll-free code (IsDialingCode); "555-0143", a three-digit exchange and a
    // four-digit line joined by a hyphen, either half; "call 020 3615 1762", "0330 333 6846", "1-800-240-8100": digit
    // groups in a row, opening with a 0 or after "call", or three or more joined by hyphens, are a number to dial, not a
    // quantity.
    private static bool IsPhoneNumber(ImmutableArray<Token> tokens, int i)
    {
        if (IsDialingCode(tokens, i)
            || (tokens.At(i + 1)?.Text == "-" && tokens.At(i + 2) is { Kind: TokenKind.Number, Text.Length: 4 } && tokens[i].Text.Length == 3)
            || (tokens.At(i - 1)?.Text == "-" && tokens.At(i - 2) is { Kind: TokenKind.Number, Text.Length: 3 } && tokens[i].Text.Length == 4))
        {
            return true;
        }

        var first = i;
        while (first > 0 && tokens[first - 1].Kind == TokenKind.Number && FigureFinder.IsAllDigits(tokens[first - 1].Text) && tokens[first - 1].Span.End < tokens[first].Span.Start)
        {
            first--;
        }

        var last = i;
        while (last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Number && FigureFinder.IsAllDigits(tokens[last + 1].Text) && tokens[last].Span.End < tokens[last + 1].Span.Start)
        {
            last++;
        }

        if (FigureFinder.IsAllDigits(tokens[i].Text) && last > first && (tokens[first].Text[0] == '0' || tokens.At(first - 1)?.Is("call") == true))
        {
            return true;
        }

        // Hyphen-joined groups: walk the glued chain both ways and count its numbers.
        var groups = 1;
        for (var j = i; j - 2 >= 0 && tokens[j - 1].Text == "-" && tokens[j - 2].Kind == TokenKind.Number && tokens[j - 2].Span.End == tokens[j - 1].Span.Start && tokens[j - 1].Span.End == tokens[j].Span.Start; j -= 2)
        {
            groups++;
        }

        for (var j = i; j + 2 < tokens.Length && tokens[j + 1].Text == "-" && tokens[j + 2].Kind == TokenKind.Number && tokens[j].Span.End == tokens[j + 1].Span.Start && tokens[j + 1].Span.End == tokens[j + 2].Span.Start; j += 2)
        {
            groups++;
        }

        return groups >= 3;
    }

    // "+1 (628) 400-7370": a country code before a bracketed area code; "(612)-673-2100": an area code whose number
    // follows after a hyphen; "1-800-RED-CROSS": a toll-free prefix, its "1" and its "800".
    private static bool IsDialingCode(ImmutableArray<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Number)
        {
            return false;
        }

        if (tokens.At(i - 1)?.Text == "+" && Glued(tokens, i - 1, i) && tokens.At(i + 1)?.Text == "(" && IsThreeDigits(tokens.At(i + 2)) && tokens.At(i + 3)?.Text == ")")
        {
            return true;
        }

        if (tokens.At(i - 1)?.Text == "(" && IsThreeDigits(token) && tokens.At(i + 1)?.Text == ")" && tokens.At(i + 2)?.Text == "-"
            && Glued(tokens, i + 1, i + 2) && tokens.At(i + 3) is { Kind: TokenKind.Number } && Glued(tokens, i + 2, i + 3))
        {
            return true;
        }

        return (token.Text == "1" && IsTollFree(tokens, i + 2))
            || (tokens.At(i - 2)?.Text == "1" && tokens.At(i - 1)?.Text == "-" && Glued(tokens, i - 2, i - 1) && Glued(tokens, i - 1, i) && IsTollFree(tokens, i));
    }

    // A toll-free prefix (class-toll-free-prefixes) at <paramref name="i"/> glued between hyphens: "1-800-…", "1-888-…".
    private static bool IsTollFree(ImmutableArray<Token> tokens, int i) =>
        tokens.At(i) is { } prefix && WordClasses.TollFreePrefixes.Contains(prefix.Text) && tokens.At(i - 1)?.Text == "-" && Glued(tokens, i - 1, i)
        && tokens.At(i + 1)?.Text == "-" && Glued(tokens, i, i + 1);

    // "Categories 4 and 5", "Phases 2 and 3", "Chapters 3-5": the next number of a label's list is a label too.
    // The list stops at a year ("Election Day 2016 and 20.7 times", "This day 1858, 50 members"), and a singular label
    // before a hyphen and a number no longer than the first ("the Senate floor 52-48") heads a tally, not a list; a
    // longer one is a serial ("plane number 42-97374") (rev42).
    private static bool IsLabelListItem(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number && tokens.At(i - 1)?.Lower() is "and" or "or" or "," or "-" or "\u2013" or "through"
        && tokens.At(i - 2) is { Kind: TokenKind.Number } first && !IsYear(first)
        && tokens.At(i - 3) is { } label && WordClasses.LabelWords.Contains(label.Text)
        && (tokens[i - 1].Text is not ("-" or "\u2013") || IsPluralLabel(label) || tokens[i].Text.Length > first.Text.Length)
        && tokens.At(i + 1)?.Text is not ("%" or "-") && !IsUnit(tokens.At(i + 1));

    private static bool IsYear(Token token) =>
        token.Text.Length == 4 && FigureFinder.IsAllDigits(token.Text) && token.Text[0] is '1' or '2';

    // "pages 49-51", "Chapters 3-5", "Nos. 2-4", "pp. 10-12".
    private static bool IsPluralLabel(Token label) =>
        label.Lower() is "nos." or "pp." || (label.Text.Length > 2 && label.Lower().EndsWith('s'));

    // "Muslim ban 2.0", "tax cuts 2.0": a whole number written with ".0" straight after a common noun, with no unit
    // after it, names the thing's sequel ("Obamacare 2.0" is a name already); "hires edged down to 5.0 million" and
    // "a range of 2.0 to 2.25 percent" stay.
    private static bool IsVersion(ImmutableArray<Token> tokens, int i, Func<SentenceGrammar>? grammar) =>
        grammar is not null && tokens[i].Kind == TokenKind.Number && tokens[i].Text.EndsWith(".0", StringComparison.Ordinal)
        && tokens.At(i - 1) is { IsWord: true } && grammar().TagAt(i - 1) is PosTag.NN or PosTag.NNS
        && tokens.At(i + 1) is not { IsWord: true } && tokens.At(i + 1)?.Text is not ("%" or "-" or "\u2013");

    // ".22-caliber rim fire rifles", "a 12-gauge shotgun": a calibre or gauge (class-gauge-nouns.txt) names a cartridge
    // or a bore, not a count.
    private static bool IsGauge(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number && tokens.At(i + 1)?.Text == "-" && tokens.At(i + 2) is { IsWord: true } noun
        && WordClasses.GaugeNouns.Contains(noun.Text);

    private static bool IsUnit(Token? token) =>
        token is not null && (WordClasses.PercentWords.Contains(token.Text) || WordClasses.ScaleWords.Contains(token.Text) || WordClasses.CurrencyWords.Contains(token.Text));

    private static bool IsThreeDigits(Token? token) => token is { Kind: TokenKind.Number, Text.Length: 3 } && FigureFinder.IsAllDigits(token.Text);

    private static bool Glued(ImmutableArray<Token> tokens, int left, int right) =>
        left >= 0 && right < tokens.Length && tokens[left].Span.End == tokens[right].Span.Start;
}

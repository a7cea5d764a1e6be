using System.Collections.Frozen;
using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>What a token's clause supposes or proposes rather than states.</summary>
internal enum HypotheticalRole : byte
{
    /// <summary>Stated: the author's own claim, or nothing this reader reads.</summary>
    None = 0,

    /// <summary>The condition of a hypothetical: "If a $1 trillion tax cut were …", "Had they …", "unless both sides …".</summary>
    Condition,

    /// <summary>The modal predicate the condition qualifies: "…, it would cost 200,000 jobs", "he could collect 45 delegates if …".</summary>
    Consequent,

    /// <summary>A stated option, plan or proposal: "Alternatively, candidates could …", "the plan would be to institute …".</summary>
    Option,
}

/// <summary>
/// The hypothetical reading of one sentence (<see cref="HypotheticalReader"/>): each token's role, and for a
/// consequent's or option's token the modal ("would", "could") that opens its predicate.
/// </summary>
internal sealed class Hypotheticals
{
    /// <summary>A sentence with nothing supposed or proposed in it.</summary>
    public static readonly Hypotheticals Stated = new([], []);

    private readonly ImmutableArray<HypotheticalRole> _roles;
    private readonly ImmutableArray<int> _modals;

    public Hypotheticals(ImmutableArray<HypotheticalRole> roles, ImmutableArray<int> modals)
    {
        _roles = roles;
        _modals = modals;
    }

    public HypotheticalRole RoleAt(int tokenIndex) =>
        _roles.IsDefaultOrEmpty || tokenIndex < 0 || tokenIndex >= _roles.Length ? HypotheticalRole.None : _roles[tokenIndex];

    public bool IsCondition(int tokenIndex) => RoleAt(tokenIndex) == HypotheticalRole.Condition;

    public bool IsConsequent(int tokenIndex) => RoleAt(tokenIndex) == HypotheticalRole.Consequent;

    public bool IsOption(int tokenIndex) => RoleAt(tokenIndex) == HypotheticalRole.Option;

    /// <summary>The modal that opens the consequent or option the token stands in, or -1.</summary>
    public int ModalOf(int tokenIndex) =>
        _modals.IsDefaultOrEmpty || tokenIndex < 0 || tokenIndex >= _modals.Length ? -1 : _modals[tokenIndex];
}

/// <summary>
/// Reads which words of a sentence a hypothetical supposes: the condition ("If …", "unless …", "in the event that …",
/// a sentence-opening "Suppose …" or "What if …", an inverted "Had they …," or a trailing "… had it been taken"), the
/// modal predicate it qualifies (its consequent: the clause after a leading condition, or the one before a trailing
/// condition, from its "would", "could", "might", "may" or "will" on), and a stated option, plan or proposal
/// ("Alternatively, …", "the option to …", "the plan would be to …", an agent's "could" before a verb of choosing: "He
/// could give each American $1"). Word tests settle most sentences; the grammar is read only where a word before
/// "if" or after an agent's "could" needs its tag. A clause runs to the next comma, semicolon, colon or dash; a bracket's aside stays
/// in its clause ("if it does not include $5.7bn (£4.5bn) for the wall").
/// </summary>
internal static class HypotheticalReader
{
    /// <summary>The most words between an inverted "had" and its "been" ("lives had coronavirus been taken").</summary>
    private const int MaxInvertedSubject = 3;

    /// <summary>The most words before "would be to" in which a plan noun names what it sets out.</summary>
    private const int MaxProposalReach = 10;

    /// <summary>The most words of a verbless condition that concedes rather than supposes ("if partial", "if not quite").</summary>
    private const int MaxConcessionWords = 3;

    /// <summary>The modal of a plan's "would be to" (<see cref="NamesProposal"/>).</summary>
    private const string ProposalModal = "would";

    /// <summary>The modal of an agent's choice (<see cref="IsAgentsChoice"/>).</summary>
    private const string ChoiceModal = "could";

    /// <summary>
    /// Words without one of which no reading here can start: of each listed opener and marker phrase its longest word
    /// ("event" of "in the event that", "option" of "the option to": the longest is as a rule the rarest, and any word
    /// of a phrase must be in a sentence the phrase matches), the inverted "had" and "were", and the two option modals.
    /// Built from the lexicons, so that a phrase added to a list is read without a second list to keep in step.
    /// </summary>
    private static readonly FrozenSet<string> OpeningWords = BuildOpeningWords();

    public static Hypotheticals Read(SentenceInput input)
    {
        var tokens = input.Tokens;
        if (!MayHold(tokens))
        {
            return Hypotheticals.Stated;
        }

        var roles = new HypotheticalRole[tokens.Length];
        var modals = new int[tokens.Length];
        Array.Fill(modals, -1);
        // Every condition first, then the consequents: a consequent's search never runs into a later condition.
        var conditions = new List<(int Start, int End)>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var opener = ConditionOpenerAt(input, i);
            if (opener == 0)
            {
                continue;
            }

            var end = ConditionEnd(input, i, SkipParenthesis(tokens, i + opener));
            Mark(roles, modals, i, end, HypotheticalRole.Condition, -1);
            conditions.Add((i, end));
            i = end - 1;
        }

        foreach (var (start, end) in conditions)
        {
            MarkConsequent(input, roles, modals, start, end);
        }

        var any = conditions.Count > 0;
        any |= ReadOptions(input, roles, modals);
        return any ? new Hypotheticals([.. roles], [.. modals]) : Hypotheticals.Stated;
    }

    // Most sentences hold no opener, marker or "could": they are settled without allocating.
    private static bool MayHold(ImmutableArray<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord && OpeningWords.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> BuildOpeningWords()
    {
        IEnumerable<string> phrases =
            [.. WordClasses.ConditionalOpeners.Entries, .. WordClasses.SuppositionOpeners.Entries, .. WordClasses.OptionMarkers.Entries];
        var words = phrases.Select(phrase => phrase.Split(' ').MaxBy(word => word.Length)!);
        return words.Concat(WordClasses.CounterfactualVerbs).Append(ProposalModal).Append(ChoiceModal)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    // The number of tokens of a condition's opener at the index, or 0.
    private static int ConditionOpenerAt(SentenceInput input, int i)
    {
        var tokens = input.Tokens;
        var atClauseStart = i == 0 || IsBreak(tokens[i - 1]) || tokens[i - 1].Kind == TokenKind.Quote;
        if (atClauseStart && WordClasses.SuppositionOpeners.LongestMatchAt(tokens, i, out _) is > 0 and var supposition)
        {
            return supposition;
        }

        if (WordClasses.ConditionalOpeners.LongestMatchAt(tokens, i, out _) is > 0 and var length)
        {
            return IsConditionalIf(input, i) ? length : 0;
        }

        // "Had the proposal been approved, …", "Were the court to rule, …": an inverted condition opening the sentence
        // or a clause, closed by a comma.
        if (atClauseStart && WordClasses.CounterfactualVerbs.Contains(tokens[i].Text) && tokens[i].IsCapitalized
            && HasLaterComma(tokens, i))
        {
            return 1;
        }

        // "… we could have saved thousands of lives had coronavirus been taken more seriously": a trailing inverted "had",
        // with its subject between it and "been".
        // The subject must be a noun phrase ("had coronavirus been", not "he had then been"), after a word that is not
        // a subject itself ("lives had", not "they had").
        return tokens[i].Text == "had" && i > 0 && tokens[i - 1].IsWord && !WordClasses.SubjectPronouns.Contains(tokens[i - 1].Text)
            && IsInvertedHad(tokens, i) && input.LabelAt(i + 1).Tag is var subject && (subject.IsNoun() || subject == PosTag.DT)
            && input.LabelAt(i - 1).Tag is PosTag.NN or PosTag.NNS ? 1 : 0;
    }

    // "if" and "unless" open a condition, except in a set phrase ("if anything", "if so"), a comparison ("as if") or an
    // embedded question after a verb or adjective ("asked if", "it is unclear if").
    private static bool IsConditionalIf(SentenceInput input, int i)
    {
        var tokens = input.Tokens;
        if (tokens.At(i + 1) is { } tail && WordClasses.ConditionalIdiomTails.Contains(tail.Text))
        {
            return false;
        }

        // "as if" compares and "recall, if you will, …" asks leave: set phrases that suppose nothing, matched at the "if"
        // or at the word before it, whatever precedes them (a word, a comma, the sentence's start; class-non-conditional-ifs).
        if (WordClasses.NonConditionalIfs.LongestMatchAt(tokens, i, out _) > 0
            || (i > 0 && WordClasses.NonConditionalIfs.LongestMatchAt(tokens, i - 1, out _) > 1))
        {
            return false;
        }

        if (!tokens[i].Is("if") || i == 0 || !tokens[i - 1].IsWord)
        {
            return true;
        }

        return !WordClasses.QuestionIfHeads.Contains(tokens[i - 1].Text);
    }

    // A condition runs to its clause's end, or to "then". A leading condition without a comma ends where a second
    // verb group starts on its own subject: "If it reaches America's shores the resulting panic could overwhelm …",
    // "if Hillary wants to win she may have to …" (the modal opens the consequent). A "that", "who" or other clause
    // opener between keeps the modal inside the condition ("If you're a Republican who has been clinging to the hope
    // that Trump might …").
    private static int ConditionEnd(SentenceInput input, int opener, int start)
    {
        var tokens = input.Tokens;
        var end = ClauseEnd(tokens, start);
        // "If a program, for example, only reached 70 percent …", "if you raised it to, say, $1 million": a listed
        // aside between commas stays inside the condition (class-condition-asides).
        while (end + 1 < tokens.Length && tokens[end].Text == ","
            && WordClasses.ConditionAsides.LongestMatchAt(tokens, end + 1, out _) is > 0 and var aside
            && end + 1 + aside < tokens.Length && tokens[end + 1 + aside].Text == ",")
        {
            end = ClauseEnd(tokens, end + 2 + aside);
        }

        var leading = OpensClause(tokens, opener);
        // A reduced condition's participle stands for its verb ("If convicted of the top charge he could face …").
        var finite = start < end && input.LabelAt(start).Tag is PosTag.VBN or PosTag.VBD;
        for (var j = start; j < end; j++)
        {
            if (tokens[j].Is("then"))
            {
                return j;
            }

            if (!leading)
            {
                continue;
            }

            if (WordClasses.ClauseOpeners.Contains(tokens[j].Text) || WordClasses.RelativePronouns.Contains(tokens[j].Text)
                || GrammarLexicons.Default.Subordinators.Contains(tokens[j].Text))
            {
                leading = false;
                continue;
            }

            if (finite && IsHypothesisModal(tokens[j]) && j > start && tokens[j - 1].IsWord
                && input.LabelAt(j - 1).Tag is var subject && (subject.IsNoun() || subject == PosTag.PRP))
            {
                return j;
            }

            finite |= input.LabelAt(j).Tag is PosTag.VBZ or PosTag.VBP or PosTag.VBD or PosTag.MD;
        }

        return end;
    }

    private static bool IsInvertedHad(ImmutableArray<Token> tokens, int i)
    {
        for (var j = i + 2; j <= Math.Min(tokens.Length - 1, i + 1 + MaxInvertedSubject); j++)
        {
            if (!tokens[j - 1].IsWord)
            {
                return false;
            }

            if (tokens[j].Is("been"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLaterComma(ImmutableArray<Token> tokens, int i)
    {
        for (var j = i + 2; j < tokens.Length; j++)
        {
            if (tokens[j].Text == ",")
            {
                return true;
            }
        }

        return false;
    }

    // "If, as expected, the court rules …": a parenthesis straight after the opener is part of the condition.
    private static int SkipParenthesis(ImmutableArray<Token> tokens, int start)
    {
        if (start >= tokens.Length || tokens[start].Text != ",")
        {
            return start;
        }

        var close = ClauseEnd(tokens, start + 1);
        return close < tokens.Length && tokens[close].Text == "," ? close + 1 : start;
    }

    // A leading condition qualifies the clause after it ("If …, he could …", "…, then …"); a trailing one the clause
    // before it ("he could collect 45 delegates if …"). The consequent runs from its modal to its clause's end. A
    // concessive "even if" qualifies nothing: its main clause holds whatever the condition.
    private static void MarkConsequent(SentenceInput input, HypotheticalRole[] roles, int[] modals, int start, int end)
    {
        var tokens = input.Tokens;
        if (OpensClause(tokens, start))
        {
            // The main clause's first word, past the condition's comma or "then".
            var first = end;
            while (first < tokens.Length && (tokens[first].Text == "," || tokens[first].Is("then")))
            {
                first++;
            }

            var from = first;

            // The consequent may follow a second condition or an aside ("If they were to win, with a vice president able
            // to break any tie, Democrats would need to flip three seats"): the clauses up to a semicolon or the
            // sentence's end are searched for its modal.
            while (from < tokens.Length)
            {
                var clauseEnd = ClauseEnd(tokens, from);
                for (var m = from; m < clauseEnd; m++)
                {
                    if (IsHypothesisModal(tokens[m]) && roles[m] == HypotheticalRole.None)
                    {
                        Mark(roles, modals, m, clauseEnd, HypotheticalRole.Consequent, m);
                        return;
                    }
                }

                if (clauseEnd >= tokens.Length || !(tokens[clauseEnd].Text == "," || PhraseBreaks.IsDash(tokens[clauseEnd]))
                    || roles[clauseEnd + 1 < tokens.Length ? clauseEnd + 1 : clauseEnd] == HypotheticalRole.Condition)
                {
                    break;
                }

                from = clauseEnd + 1;
            }

            // No modal: "If convicted, each faces up to 20 years", "If he wins 39 districts, he gets 130 delegates".
            // A present-tense main clause after a leading condition is its consequent all the same, and what it says
            // holds only if the condition does; it has no modal (-1). A concessive "even if" is the exception: its main
            // clause holds whatever the condition ("Even if a few teams did change, there are still 2,200 schools"), and
            // so is a condition of a word or two with no verb, which concedes a word ("a striking, if partial, break
            // with 30 years"). (A longer condition needs no verb tag: the tagger reads "the judge issues" as a noun.)
            if (first > end && first < tokens.Length && !(start > 0 && tokens[start - 1].Is("even")) && (end - start > MaxConcessionWords || input.HasVerbBetween(start + 1, end)))
            {
                Mark(roles, modals, first, ClauseEnd(tokens, first), HypotheticalRole.Consequent, -1);
            }
        }

        // A trailing condition, or one set off by a comma at the sentence's end ("Republicans would need nine
        // Democrats, if all Senate Republicans support the bill"), qualifies the clause before it.
        if (start == 0)
        {
            return;
        }

        var clauseStart = start - 1;
        while (clauseStart > 0 && IsBreak(tokens[clauseStart]))
        {
            clauseStart--;
        }

        while (clauseStart > 0 && !IsBreak(tokens[clauseStart - 1]))
        {
            clauseStart--;
        }

        for (var m = clauseStart; m < start; m++)
        {
            if (IsHypothesisModal(tokens[m]) && roles[m] == HypotheticalRole.None)
            {
                Mark(roles, modals, m, start, HypotheticalRole.Consequent, m);
                return;
            }
        }
    }

    // The opener starts its sentence or clause, past a coordinator, a "that" or a focusing "even"/"only" ("Even if
    // only 1 percent were tested, there would be …", "…, and if the court agrees, …", "warned that if …, it could …").
    private static bool OpensClause(ImmutableArray<Token> tokens, int opener)
    {
        var j = opener - 1;
        while (j >= 0 && tokens[j].IsWord && tokens[j].Lower() is "even" or "only" or "and" or "but" or "so" or "that")
        {
            j--;
        }

        // The loop has stepped past any "that", so the word before is never one.
        return j < 0 || IsBreak(tokens[j]) || tokens[j].Kind == TokenKind.Quote || tokens[j].Text == "(";
    }

    private static bool IsHypothesisModal(Token token) => ModalWord(token) is not null;

    /// <summary>
    /// The modal a token is or holds ("would", "could", "might", "may", "will"), past a negation ("wouldn't") or as a
    /// clitic ("it'd"), or null.
    /// </summary>
    public static string? ModalWord(Token token)
    {
        if (!token.IsWord)
        {
            return null;
        }

        var lower = token.Lower().Replace('\u2019', '\'');
        if (lower == "won't" || (lower.Length > 2 && lower.EndsWith("'ll", StringComparison.Ordinal)))
        {
            return "will";
        }

        if (lower.EndsWith("n't", StringComparison.Ordinal))
        {
            lower = lower[..^3];
        }
        else if (lower.Length > 2 && lower.EndsWith("'d", StringComparison.Ordinal))
        {
            return "would";
        }

        return WordClasses.SupposingModals.Contains(lower) || WordClasses.Modals.Contains(lower) ? lower : null;
    }

    // Options: a listed marker ("Alternatively,", "the option to") and the clause after it; a plan noun's "would be to"
    // ("Yang's plan … would be to institute …"); an agent's "could" before a verb of choosing ("He could give each
    // American $1", "People could opt to receive"), read as DL1002 reads an agent's option.
    private static bool ReadOptions(SentenceInput input, HypotheticalRole[] roles, int[] modals)
    {
        var tokens = input.Tokens;
        var any = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (roles[i] != HypotheticalRole.None)
            {
                continue;
            }

            if (WordClasses.OptionMarkers.LongestMatchAt(tokens, i, out _) is > 0 and var length)
            {
                var from = i + length;
                while (from < tokens.Length && tokens[from].Text == ",")
                {
                    from++;
                }

                // "Alternatively, white people make up 64% of …" contrasts two facts: an option holds a modal or an
                // infinitive ("the option to").
                var end = ClauseEnd(tokens, from);
                var modal = ModalIn(tokens, from, end);
                if (modal < 0 && !tokens[i + length - 1].Is("to") && !tokens[i + length - 1].Is("of"))
                {
                    continue;
                }

                Mark(roles, modals, i, end, HypotheticalRole.Option, modal);
                any = true;
                i = end - 1;
                continue;
            }

            if (tokens[i].Is(ProposalModal) && tokens.At(i + 1) is { } be && be.Is("be") && tokens.At(i + 2) is { } to && to.Is("to")
                && NamesProposal(tokens, i))
            {
                var end = ClauseEnd(tokens, i);
                Mark(roles, modals, i, end, HypotheticalRole.Option, i);
                any = true;
                i = end - 1;
                continue;
            }

            if (tokens[i].Is(ChoiceModal) && IsAgentsChoice(input, i))
            {
                var end = ClauseEnd(tokens, i);
                Mark(roles, modals, i, end, HypotheticalRole.Option, i);
                any = true;
                i = end - 1;
            }
        }

        return any;
    }

    private static bool NamesProposal(ImmutableArray<Token> tokens, int would)
    {
        for (var j = would - 1; j >= Math.Max(0, would - MaxProposalReach) && !IsBreak(tokens[j]); j--)
        {
            if (WordClasses.ProposalNouns.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "He could give", "People could opt", "lawmakers could simply update": a person, people or a body before "could",
    // then past adverbs a verb of choosing (class-choice-verbs).
    private static bool IsAgentsChoice(SentenceInput input, int could)
    {
        var tokens = input.Tokens;
        if (could == 0 || !tokens[could - 1].IsWord || FunctionWords.Is(tokens[could - 1], "it"))
        {
            return false;
        }

        var verb = could + 1;
        while (verb < tokens.Length && tokens[verb].IsWord && input.LabelAt(verb).Tag is PosTag.RB or PosTag.RBR)
        {
            verb++;
        }

        if (verb >= tokens.Length || !tokens[verb].IsWord || !WordClasses.ChoiceVerbs.Contains(tokens[verb].Text))
        {
            return false;
        }

        var subject = input.LabelAt(could - 1).Tag;
        return subject is PosTag.NNP or PosTag.NNPS or PosTag.NNS
            || subject == PosTag.PRP && WordClasses.SubjectPronouns.Contains(tokens[could - 1].Text);
    }

    private static int ModalIn(ImmutableArray<Token> tokens, int from, int end)
    {
        for (var m = from; m < end; m++)
        {
            if (IsHypothesisModal(tokens[m]))
            {
                return m;
            }
        }

        return -1;
    }

    private static void Mark(HypotheticalRole[] roles, int[] modals, int start, int end, HypotheticalRole role, int modal)
    {
        for (var j = start; j < end; j++)
        {
            if (roles[j] == HypotheticalRole.None)
            {
                roles[j] = role;
                modals[j] = modal;
            }
        }
    }

    // The end (exclusive) of the clause that runs from the index: the next comma, semicolon, colon or dash.
    private static int ClauseEnd(ImmutableArray<Token> tokens, int start)
    {
        var j = start;
        while (j < tokens.Length && !IsBreak(tokens[j]))
        {
            j++;
        }

        return j;
    }

    // A clause ends at a phrase break or the sentence's end mark, not at a bracket: a bracketed aside stays in its clause.
    private static bool IsBreak(Token token) => PhraseBreaks.EndsPhrase(token) || PhraseBreaks.EndsSentence(token);
}

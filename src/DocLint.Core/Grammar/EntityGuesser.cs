using System.Collections.Immutable;
using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Guesses named entities from capitalisation and word lists (docs/grammar.md): an outlet from the outlet list; else a
/// run of capitalised words (a capital at the sentence's start counts only when the tagger calls the word a proper
/// noun), joined by name connectors ("of", "van") and, inside an organisation's name, "and" or "&amp;". The run is an
/// organisation when it holds an organisation word or is an acronym, a person when it starts with a title, else a name.
/// </summary>
internal sealed class EntityGuesser(GrammarLexicons lexicons)
{
    // Looking a token up in a phrase list lower-cases its text; these first words rule most tokens out without that.
    private readonly WordSet _outletStarts = WordSet.FirstWordsOf(lexicons.Outlets);
    private readonly WordSet _titleStarts = WordSet.FirstWordsOf(lexicons.Titles);

    public ImmutableArray<EntityGuess> Guess(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels) =>
        RentedBuffer<EntityGuess>.Collect(tokens.Length, (Guesser: this, Tokens: tokens, Labels: labels), static (s, ref entities) => s.Guesser.Guess(s.Tokens, s.Labels, ref entities));

    private void Guess(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, ref RentedBuffer<EntityGuess> entities)
    {
        var i = 0;
        while (i < tokens.Length)
        {
            var outlet = OutletAt(tokens, i, out var entry);
            if (outlet > 0)
            {
                entities.Add(new EntityGuess(EntityKind.Outlet, i, outlet, entry!));
                i += outlet;
                continue;
            }

            if (!IsNameWord(tokens, labels, i))
            {
                i++;
                continue;
            }

            var end = RunEnd(tokens, labels, i);
            entities.Add(Classify(tokens, i, end));
            i = end;
        }
    }

    private int OutletAt(ImmutableArray<Token> tokens, int i, out string? entry)
    {
        entry = null;
        if (!tokens[i].IsCapitalized || !_outletStarts.Contains(tokens[i].Text))
        {
            return 0;
        }

        var length = lexicons.Outlets.LongestMatchAt(tokens, i, out entry);
        for (var k = i; k < i + length; k++)
        {
            var token = tokens[k];
            if (token.IsWord && !token.IsCapitalized && char.IsLetter(token.Text[0]))
            {
                return 0;
            }
        }

        return length;
    }

    private int TitleAt(ImmutableArray<Token> tokens, int i, out string? entry)
    {
        entry = null;
        return _titleStarts.Contains(tokens[i].Text) ? lexicons.Titles.LongestMatchAt(tokens, i, out entry) : 0;
    }

    private static bool IsNameWord(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, int i)
    {
        var token = tokens[i];
        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !token.IsCapitalized)
        {
            return false;
        }

        var tag = labels[i].Tag;
        if (tag is PosTag.PRP or PosTag.PRPS or PosTag.DT or PosTag.IN or PosTag.CC or PosTag.WP or PosTag.WDT or PosTag.WRB or PosTag.MD or PosTag.EX or PosTag.TO)
        {
            return false;
        }

        return tag.IsProperNoun() || !SentenceStart.IsAt(tokens, i);
    }

    private int RunEnd(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, int start)
    {
        // "Secretary of State Antony Blinken" joins across "of"; "Dr. Ann Lee of Acme Inc." is two entities.
        var titleEnd = start + TitleAt(tokens, start, out _);
        var end = start + 1;
        var isOrganisation = HasOrganisationWord(tokens, start, end);
        while (end < tokens.Length && labels[end - 1].Clitic != PosTag.POS)
        {
            if (IsNameWord(tokens, labels, end))
            {
                end++;
                isOrganisation |= HasOrganisationWord(tokens, end - 1, end);
                continue;
            }

            // Connectors join only when more of the name follows: "Department of Justice", "Bank of the West".
            if (titleEnd > start && end > titleEnd)
            {
                break;
            }

            var connectors = end;
            while (connectors < tokens.Length && IsConnector(tokens, labels, connectors, isOrganisation))
            {
                connectors++;
            }

            if (connectors > end && connectors < tokens.Length && IsNameWord(tokens, labels, connectors))
            {
                end = connectors;
                continue;
            }

            break;
        }

        return end;
    }

    private bool IsConnector(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, int i, bool inOrganisation)
    {
        var token = tokens[i];
        if (token.IsCapitalized)
        {
            return false;
        }

        // "and" joins inside an organisation's name ("Health and Human Services"), not after its head ("Stanford
        // University and Harvard"), and only right before the next capitalised word.
        return lexicons.NameConnectors.Contains(token.Text)
            || (inOrganisation && labels[i].Tag == PosTag.CC && !lexicons.OrganisationWords.Contains(Clitics.Host(tokens[i - 1].Text))
                && i + 1 < tokens.Length && tokens[i + 1].IsCapitalized);
    }

    private EntityGuess Classify(ImmutableArray<Token> tokens, int start, int end)
    {
        if (OrganisationWordIn(tokens, start, end) is { } word)
        {
            return new EntityGuess(EntityKind.Organization, start, end - start, word);
        }

        var title = TitleAt(tokens, start, out var entry);
        if (title > 0 && start + title < end)
        {
            return new EntityGuess(EntityKind.Person, start, end - start, entry!);
        }

        var only = tokens[start].Text;
        if (end - start == 1 && tokens[start].Kind == TokenKind.Word && only.Length is >= 2 and <= 6 && only.All(char.IsUpper))
        {
            return new EntityGuess(EntityKind.Organization, start, 1, "acronym");
        }

        return new EntityGuess(EntityKind.Name, start, end - start, "capitalised");
    }

    private bool HasOrganisationWord(ImmutableArray<Token> tokens, int start, int end) => OrganisationWordIn(tokens, start, end) is not null;

    private string? OrganisationWordIn(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var host = Clitics.Host(tokens[k].Text);
            if (lexicons.OrganisationWords.Contains(host))
            {
                return host.ToLowerInvariant();
            }
        }

        return null;
    }
}

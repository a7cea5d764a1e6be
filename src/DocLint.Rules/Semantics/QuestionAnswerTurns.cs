using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// An interview printed as bare questions and answers, with no speaker's label or name line: the page introduces it
/// ("We caught up with DeParle", "Levinovitz spoke with The Cubit"), then each question stands as a paragraph of its
/// own that ends on a question mark and addresses the guest ("Why did you …?", "Your critique of …?"), and the guest's
/// answer follows in the paragraphs up to the next question. The gold reads the answers as the guest's turns (their
/// "I think" and "might" are quoted, their figures unlabelled), as it reads a labelled transcript's; the questions
/// and the introduction are the outlet's own voice. Only a document shows this, so it is read once per document.
/// The layout holds when <see cref="MinQuestions"/> or more addressed questions are each followed by a paragraph that
/// does not ask, and an interview word comes before the first; a numbered list of questions ("1. Secretary Clinton,
/// can you …?") is the author's own, and a document that <see cref="NameLineTurns"/> or labels already read is left to them.
/// </summary>
internal sealed class QuestionAnswerTurns
{
    /// <summary>The fewest addressed questions that make an interview: an explainer's or a columnist's question stands alone.</summary>
    private const int MinQuestions = 3;

    private static readonly QuestionAnswerTurns None = new([]);

    private readonly HashSet<int> _answerBlocks;

    private QuestionAnswerTurns(HashSet<int> answerBlocks) => _answerBlocks = answerBlocks;

    /// <summary>True when the paragraph is part of a guest's answer in an interview printed as bare questions and answers.</summary>
    public static bool IsAnswer(AnalyzedDocument document, ProseBlock block)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        return document.GetOrCreateForDocument(static d => Read(d))?._answerBlocks.Contains(block.Index) ?? false;
    }

    private static QuestionAnswerTurns Read(AnalyzedDocument document)
    {
        var paragraphs = document.Document.Blocks
            .Where(block => block.Kind == ProseBlockKind.Paragraph && !document.SentencesByBlock[block.Index].IsEmpty).ToList();
        var asked = new List<int>();
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (IsAddressedQuestion(paragraphs[i]) && !SpeakerTurns.EndsOnQuestion(paragraphs[i + 1].Text))
            {
                asked.Add(i);
            }
        }

        // The layout first (cheap, and absent from almost every document), then the other turn readers, whose label
        // scans would otherwise run on every paragraph of every document.
        if (asked.Count < MinQuestions || !paragraphs.Take(asked[0]).Any(IsIntroduction)
            || paragraphs.Take(paragraphs.Count - 1).Any(paragraph => IsReadAsTurns(document, paragraph)))
        {
            return None;
        }

        // The answers: every paragraph after the first question that does not ask itself (a follow-up question
        // without "you" is still the interviewer's).
        var answers = new HashSet<int>();
        for (var i = asked[0] + 1; i < paragraphs.Count; i++)
        {
            if (!SpeakerTurns.EndsOnQuestion(paragraphs[i].Text))
            {
                answers.Add(paragraphs[i].Index);
            }
        }

        return new QuestionAnswerTurns(answers);
    }

    // A transcript the other readers already read: a speaker's label in capitals, a conversation's mixed-case label,
    // a name line's turn. (A page's "Advertisement:" is none of these and stays in an interview's answers.)
    private static bool IsReadAsTurns(AnalyzedDocument document, ProseBlock block) =>
        SpeakerTurns.CapitalLabels(block.Text).Any() || ConversationTurns.Opens(document, block) || NameLineTurns.IsGuestTurn(document, block);

    // A question of the interviewer's: the paragraph ends on a question mark, opens with neither a quotation mark nor a
    // list number, and addresses someone as "you".
    private static bool IsAddressedQuestion(ProseBlock block)
    {
        var text = block.Text.AsSpan().Trim();
        if (!SpeakerTurns.EndsOnQuestion(text) || text is ['"' or '“' or '‘' or '\'', ..] || OpensWithNumber(text))
        {
            return false;
        }

        return Words(block.Text).Any(WordClasses.SecondPerson.Contains);
    }

    private static bool OpensWithNumber(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')';
    }

    private static bool IsIntroduction(ProseBlock block) => Words(block.Text).Any(WordClasses.InterviewWords.Contains);

    // The paragraph's words, split at anything that is not a letter or an apostrophe ("you’re" stays one word).
    private static string[] Words(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] Separators = [.. Enumerable.Range(0, 128).Select(c => (char)c)
        .Where(c => !char.IsAsciiLetter(c) && c != '\''), '“', '”', '—', '–', '…', '\u00a0'];
}

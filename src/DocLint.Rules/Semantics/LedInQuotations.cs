using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// A paragraph that reproduces someone's text with no quotation marks, as a page sets out a statement, a letter or a
/// passage after its lead-in: the paragraph before ends with a colon and its last sentence reports speech or writing
/// ("Greenwald wrote:", "The IHME statement added:", "…, told Breitbart News Tuesday night:"), or ends in a verb that
/// carries on, answers or gives someone's words ("McConnell continued:", "he replied:", "The note read:"). A lead-in with no
/// reporting verb ("Here are the numbers:", "That's really four questions:") or only the author's ("here is what I
/// found:") announces the author's own list or case.
/// A lead-in without a reporting verb counts when the paragraph speaks as "I" in a report whose author never does.
/// Only the paragraph straight after the lead-in is read so: how far a longer reproduction runs, the page does not
/// show. Only the whole document shows a lead-in, so a sentence read in a one-paragraph window never has one.
/// </summary>
internal static class LedInQuotations
{
    public static bool IsLedIn(AnalyzedDocument document, ProseBlock block)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        if (block.Kind != ProseBlockKind.Paragraph)
        {
            return false;
        }

        for (var index = block.Index - 1; index >= 0; index--)
        {
            var sentences = document.SentencesByBlock[index];
            if (sentences.IsEmpty)
            {
                continue;
            }

            var lead = sentences[^1];
            return lead.Block.Kind == ProseBlockKind.Paragraph
                && lead.Block.Text.AsSpan().TrimEnd() is [.., ':']
                && (ReportsOthers(lead, RuleLexiconSet.Of(document, lead)) || EndsInLeadInVerb(lead, document.Grammar(lead)) || IsSpeakersText(document, block, lead));
        }

        return false;
    }

    // A lead-in with no reporting verb ("James offered the following response on Monday:", "Warren replied:", "Via the
    // Weekly Standard:") still sets out someone's words when the paragraph after it speaks as "I" and the author never
    // does: neither in the lead-in nor in a paragraph of their own (FirstPersonAuthor). A columnist's "The answer is
    // simple:" before "I think …" stays the author's.
    // Page furniture alone on its line ("Advertisement:", class-non-speaker-labels) leads in nothing.
    private static bool IsSpeakersText(AnalyzedDocument document, ProseBlock block, Sentence lead) =>
        !WordClasses.NonSpeakerLabels.Contains(lead.Block.Text.AsSpan().Trim().TrimEnd(':').ToString())
        && FirstPersonAuthor.SpeaksAsI(document.SentencesByBlock[block.Index]) && !FirstPersonAuthor.SpeaksAsI([lead])
        && !FirstPersonAuthor.Of(document);

    // "McConnell continued:", "he replied:", "The statement read, in part:": a verb that carries on, answers or gives a
    // document's wording sets out what follows only as the lead-in's last word before the colon, after a subject that is
    // not the author's; elsewhere it reports nothing ("the talks continued on two tracks:", "Read more:", "what I read:").
    // A capitalised verb is a heading's ("Key Reads:"); a contracted auxiliary carries its subject ("the best summary
    // that I've read:"). Adverbs between subject and verb are passed over, so "I then replied:" stays the author's (rev29).
    private static bool EndsInLeadInVerb(Sentence lead, SentenceGrammar grammar)
    {
        var tokens = lead.Tokens;
        var verb = tokens.Length - 2;
        if (tokens.At(verb) is { } part && part.Is("part") && tokens.At(verb - 1) is { } inWord && inWord.Is("in")
            && tokens.At(verb - 2) is { Text: "," })
        {
            verb -= 3;
        }

        if (tokens.At(tokens.Length - 1) is not { Text: ":" }
            || tokens.At(verb) is not { IsWord: true, IsCapitalized: false } word || !WordClasses.LeadInVerbs.Contains(word.Text))
        {
            return false;
        }

        var subject = verb - 1;
        while (subject > 0 && grammar.TagAt(subject).IsAdverb())
        {
            subject--;
        }

        // A token's text is folded to the straight apostrophe (Tokenizer), so "I\u2019ve" reads "I've" and its host "I".
        return tokens.At(subject) is { IsWord: true } found && !WordClasses.AuthorPronouns.Contains(Clitics.Host(found.Text));
    }

    // A reporting verb whose subject is not the author: "here is what I found:" sets out the author's own list.
    private static bool ReportsOthers(Sentence lead, SentenceLexicons lexicons)
    {
        foreach (var match in lexicons.Matches(RuleLexicons.ReportingVerbs))
        {
            if (lead.Tokens.At(match.Start - 1) is not { } subject || !WordClasses.AuthorPronouns.Contains(subject.Text))
            {
                return true;
            }
        }

        return false;
    }
}

using DocLint.Text;

namespace DocLint.Scoring;

/// <summary>
/// What the scorer needs to know about one sentence, in neutral terms (no rule knowledge): where it is, how long
/// it is, how much evidence (links, footnotes) it carries, and the rules' reading of it as a claim.
/// </summary>
internal sealed record SentenceFacts(int Section, TextSpan SourceSpan, int Words, int Evidence, ClaimFacts Claim);

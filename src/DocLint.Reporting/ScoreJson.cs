using System.Text.Json;
using DocLint.Scoring;

namespace DocLint.Reporting;

/// <summary>Writes a score, its counts, its claims and its sections as JSON (the "score" object of --format json).</summary>
internal static class ScoreJson
{
    /// <summary>
    /// Writes the score's members. <paramref name="claimWritten"/> runs after each scored claim, so a streamed report
    /// can send them on as they go: a 50 MB document has 250,000 claims, 43 MB of JSON.
    /// </summary>
    public static void Write(Utf8JsonWriter json, ReliabilityScore score, Action<Utf8JsonWriter>? claimWritten = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(score);
        WriteValue(json, score.Value, score.Grade, score.IsRated, score.Tally);
        json.WriteNumber("unjudgedClaims", score.UnjudgedClaims);
        json.WriteNumber("suppressedFindings", score.SuppressedFindings);
        json.WriteString("explanation", score.Explanation);
        // "claims" is the judged-claim count since 1.0, so the list of claims (1.2) takes another name.
        json.WriteStartArray("scoredClaims");
        foreach (var claim in score.Claims)
        {
            json.WriteStartObject();
            json.WriteString("status", Status(claim.Status));
            json.WriteBoolean("unjudged", claim.IsUnjudged);
            json.WriteNumber("weight", Math.Round(claim.Weight, 2));
            json.WriteNumber("offset", claim.SourceSpan.Start);
            json.WriteNumber("length", claim.SourceSpan.Length);
            json.WriteEndObject();
            claimWritten?.Invoke(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("sections");
        foreach (var section in score.Sections)
        {
            json.WriteStartObject();
            if (section.Title is null)
            {
                json.WriteNull("title");
            }
            else
            {
                json.WriteString("title", section.Title);
            }

            WriteValue(json, section.Value, section.Grade, section.IsRated, section.Tally);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Status(ClaimStatus status) => status switch
    {
        ClaimStatus.Sourced => "sourced",
        ClaimStatus.VaguelySourced => "vaguelySourced",
        ClaimStatus.Unsourced => "unsourced",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A scored claim always has a status."),
    };

    private static void WriteValue(Utf8JsonWriter json, int value, string grade, bool rated, ScoreTally tally)
    {
        json.WriteNumber("score", value);
        json.WriteString("grade", grade);
        json.WriteBoolean("rated", rated);
        json.WriteNumber("words", tally.Words);
        json.WriteNumber("claims", tally.Claims);
        json.WriteNumber("sourcedClaims", tally.SourcedClaims);
        json.WriteNumber("evidence", tally.Evidence);
        json.WriteNumber("unsourcedFigures", tally.UnsourcedFigures);
        json.WriteNumber("unnamedSources", tally.UnnamedSources);
        json.WriteNumber("certainty", tally.Certainty);
        json.WriteNumber("hedges", tally.Hedges);
        json.WriteNumber("hedgesOnUnsourcedClaims", tally.HedgesOnUnsourcedClaims);
    }
}

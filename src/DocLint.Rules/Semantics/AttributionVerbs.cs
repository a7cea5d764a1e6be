namespace DocLint.Rules.Semantics;

/// <summary>Which verbs an attribution is read from: speech (reporting verbs) or official acts ("approved", "ordered").</summary>
internal enum AttributionVerbs
{
    /// <summary>Reporting verbs: a claim someone made, so it must have been made (under a modal it is unrealised).</summary>
    Speech,

    /// <summary>Official acts: a body's act keeps its content under a modal ("wants to spend $5 billion").</summary>
    OfficialActs,
}

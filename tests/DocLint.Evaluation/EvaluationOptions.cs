namespace DocLint.Evaluation;

/// <summary>
/// What to evaluate. PeerSample caps each uncertainty set for the slow peers (fixed seed). GoldFiles, when any, replace
/// the built-in sets: files in the train.jsonl format (for example a fresh blind-labelled sample kept outside the repository)
/// or offsets-only tsv sets, each checked and read by the program before the run. View says how gold sentences are
/// linted; ViewNamed, set when --view was given, names the view in every gold table heading (the default run's output
/// stays as it was).
/// </summary>
public sealed record EvaluationOptions(
    string SharedDirectory,
    bool Peers,
    int PeerSample,
    string? ErrorsFor,
    string CacheDirectory,
    IReadOnlyList<CheckedGoldFile> GoldFiles,
    EvaluationView View = EvaluationView.Window,
    bool ViewNamed = false);

namespace DocLint.Diagnostics;

/// <summary>DL0xxx: problems with the tool's inputs and configuration rather than with the prose.</summary>
internal static class InfrastructureDescriptors
{
    public static readonly DiagnosticDescriptor AnalyzerFailed = new(
        "DL0001",
        "Rule failed",
        "Rule {0} failed on this document and was skipped: {1}",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Warning,
        "A rule threw an exception. The other rules still ran; please report the document that caused it.");

    public static readonly DiagnosticDescriptor InvalidConfiguration = new(
        "DL0002",
        "Invalid configuration",
        "{0}",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Warning,
        "A key or value in .editorconfig or another configuration source is not valid and was ignored.");

    public static readonly DiagnosticDescriptor UnknownRuleInDirective = new(
        "DL0003",
        "Unknown rule in suppression comment",
        "'{0}' is not a DocLint rule ID or category",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Warning,
        "An inline suppression names an ID or category that does not exist, so it suppresses nothing.");

    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "DL0004",
        "Unnecessary suppression",
        "This suppression of {0} does not suppress anything; remove it",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Warning,
        "An inline suppression that suppresses no finding hides nothing today and will silently hide tomorrow's findings.");

    public static readonly DiagnosticDescriptor SuppressionWithoutReason = new(
        "DL0005",
        "Suppression without a reason",
        "This suppression gives no reason; add one after ' -- '",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Warning,
        "The policy (doclint_require_suppression_reason = true) asks every inline suppression to say why, so a reviewer can judge it.");

    public static readonly DiagnosticDescriptor InputNotFound = new(
        "DL0010",
        "Input not found",
        "{0}",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "A path, directory or glob on the command line matched no readable document.");

    public static readonly DiagnosticDescriptor InputUnreadable = new(
        "DL0011",
        "Input could not be read",
        "Could not read the file: {0}",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "The file exists but could not be opened or read (permissions, a device, a file locked by another program).");

    public static readonly DiagnosticDescriptor InputNotText = new(
        "DL0012",
        "Input is not text",
        "The file {0}; it was not linted",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "The file is binary or not valid UTF-8 (or the UTF-16/32 its byte-order mark announces). Save it as UTF-8.");

    public static readonly DiagnosticDescriptor InputEmpty = new(
        "DL0013",
        "Input is empty",
        "The file is empty; there is nothing to lint",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "An empty document is usually a truncated save or a wrong path; it is reported so that a gate does not pass on nothing.");

    public static readonly DiagnosticDescriptor InputTooLarge = new(
        "DL0014",
        "Input is too large",
        "The file is larger than {0}; raise doclint_max_file_size or --max-file-size to lint it",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "A document over the size limit (10 MB unless configured) is not read, so one huge or endless file cannot exhaust the machine's memory.");

    public static readonly DiagnosticDescriptor NestedTooDeeply = new(
        "DL0015",
        "Markdown nested too deeply",
        "Markdown nested too deeply at line {0} (more than {1} levels of quotes, lists, emphasis or links); it was not linted",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "Hundreds of nested block quotes, list items, emphasis markers or brackets are never prose; the document is refused rather than parsed without bound.");

    public static readonly DiagnosticDescriptor NotARegularFile = new(
        "DL0016",
        "Input is not a regular file",
        "The path is {0}, not a regular file; it was not read",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "A FIFO, socket or device (such as /dev/zero) could block or never end, so DocLint checks the file type before opening anything.");

    public static readonly DiagnosticDescriptor TimeBudgetExceeded = new(
        "DL0017",
        "Document took too long",
        "Linting stopped after {0} s, the per-document time budget; split the document or raise --time-budget",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "One pathological document must not hold up the whole run; its findings so far are dropped and the other documents are linted as usual.");

    public static readonly DiagnosticDescriptor DirectoryUnreadable = new(
        "DL0018",
        "Directory could not be read",
        "Could not read the directory: {0}; the documents in it were not linted",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "A folder inside a directory or glob walk could not be listed (permissions, a path too long), so a gate does not pass while skipping it silently.");

    public static readonly DiagnosticDescriptor ScoreBelowMinimum = new(
        "DL0020",
        "Source reliability below the minimum score",
        "{0}",
        RuleCategories.Infrastructure,
        DiagnosticSeverity.Error,
        "The document's source-reliability score is below the minimum set by --min-score or doclint_min_score. Reported by the run, after configuration, so no severity setting or suppression can hide a failed gate.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [AnalyzerFailed, InvalidConfiguration, UnknownRuleInDirective, UnusedSuppression, SuppressionWithoutReason, InputNotFound, InputUnreadable, InputNotText, InputEmpty, InputTooLarge, NestedTooDeeply, NotARegularFile, TimeBudgetExceeded, DirectoryUnreadable, ScoreBelowMinimum];
}

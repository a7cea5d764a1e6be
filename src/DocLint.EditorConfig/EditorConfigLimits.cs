namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// Our upper limits. The spec requires at least 1024 characters for section names and keys and 4096 for
/// values, and lets each core pick its own maximum; longer ones are ignored and reported.
/// </summary>
internal static class EditorConfigLimits
{
    public const int MaxSectionNameLength = 4096;
    public const int MaxKeyLength = 1024;
    public const int MaxValueLength = 4096;
}

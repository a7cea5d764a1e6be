namespace DocLint.Rules.Tests.Verification;

/// <summary>Which prose extractor a test input goes through.</summary>
public enum DocumentFormat
{
    Markdown,
    PlainText,
}

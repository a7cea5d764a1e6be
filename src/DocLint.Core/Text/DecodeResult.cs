namespace DocLint.Text;

internal enum DecodeFailureKind
{
    None,
    Binary,
    InvalidUtf8,
    InvalidEncoding,
}

/// <summary>Either a decoded text or the reason it could not be decoded.</summary>
internal sealed record DecodeResult(SourceText? Text, DecodeFailureKind FailureKind, string? FailureReason)
{
    public bool IsSuccess => Text is not null;

    public static DecodeResult Success(SourceText text) => new(text, DecodeFailureKind.None, null);

    public static DecodeResult Failure(DecodeFailureKind kind, string reason) => new(null, kind, reason);
}

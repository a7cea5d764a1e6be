using System.Globalization;

namespace DocLint.Documents;

/// <summary>
/// What one document may cost: its size on disk (<c>doclint_max_file_size</c>, --max-file-size) and the wall-clock
/// time its lint may take (--time-budget). Both keep one hostile or broken file from stalling a whole run.
/// </summary>
internal sealed record DocumentLimits(long MaxFileSize, TimeSpan TimeBudget)
{
    public const long DefaultMaxFileSize = 10 * 1000 * 1000;

    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(60);

    public static readonly DocumentLimits Default = new(DefaultMaxFileSize, DefaultTimeBudget);

    /// <summary>A size as people write it: bytes, or a number with KB, MB or GB (powers of 1000) or KiB, MiB, GiB.</summary>
    public static bool TryParseSize(string? text, out long bytes)
    {
        bytes = 0;
        var value = (text ?? string.Empty).Trim();
        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }

        if (digits == 0 || !long.TryParse(value.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        long? multiplier = value[digits..].Trim().ToUpperInvariant() switch
        {
            "" or "B" => 1,
            "K" or "KB" => 1000,
            "M" or "MB" => 1000 * 1000,
            "G" or "GB" => 1000 * 1000 * 1000,
            "KIB" => 1024,
            "MIB" => 1024 * 1024,
            "GIB" => 1024 * 1024 * 1024,
            _ => null,
        };
        if (multiplier is not { } factor || number == 0 || number > long.MaxValue / factor)
        {
            return false;
        }

        bytes = number * factor;
        return true;
    }

    /// <summary>The size as the DL0014 message shows it ("10 MB", "1500 bytes").</summary>
    public static string DescribeSize(long bytes) => bytes switch
    {
        >= 1000 * 1000 * 1000 when bytes % (1000 * 1000 * 1000) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1000 * 1000 * 1000)} GB"),
        >= 1000 * 1000 when bytes % (1000 * 1000) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1000 * 1000)} MB"),
        >= 1000 when bytes % 1000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1000} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}

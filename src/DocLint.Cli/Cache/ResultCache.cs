using System.Collections.Concurrent;
using System.Globalization;
using DocLint.Reporting;
using Microsoft.Extensions.Logging;

namespace DocLint.Cli.Cache;

/// <summary>
/// The --cache store: one small file per key, named by the key's 32 hex digits in a folder named by its first two
/// (so no folder holds more than a few hundred entries). An entry is written to a new temporary file beside it and
/// renamed into place, so a reader, in this run or a concurrent one, sees a whole entry or none. Nothing here ever
/// fails a run: an entry that cannot be read or written is a miss, logged at debug level. It only ever writes files
/// it creates, inside a folder it checked (<see cref="CacheLocation"/>), and never through a linked subfolder.
/// </summary>
internal sealed partial class ResultCache(string directory, CacheKeys keys, CacheEntryFormat format, ILogger logger)
{
    private const string TemporarySuffix = ".tmp";

    // Keys this run read or wrote, for --cache-prune.
    private readonly ConcurrentDictionary<UInt128, byte> _used = new();

    public CacheKeys Keys => keys;

    /// <summary>The stored report for the key, or null (a miss).</summary>
    public DocumentReport? TryRead(UInt128 key, string displayPath)
    {
        var path = EntryPath(key);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(logger, path, displayPath, exception.Message);
            return null;
        }

        var report = format.Read(bytes);
        if (report is null || report.Path != displayPath)
        {
            LogUnreadable(logger, path, displayPath, "not a whole entry written by this version");
            return null;
        }

        _used.TryAdd(key, 0);
        return report;
    }

    /// <summary>Stores a linted document's report; a failure (DL0xxx: unreadable, over budget) is never stored.</summary>
    public void Write(UInt128 key, DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.WasLinted || format.Write(report) is not { } bytes)
        {
            return;
        }

        var path = EntryPath(key);
        var folder = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + TemporarySuffix);
        try
        {
            Directory.CreateDirectory(folder);
            // A subfolder someone replaced with a link could point among the inputs: write nothing there.
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                LogNotWritten(logger, path, "its folder is a link");
                return;
            }

            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }

            // rename(2) replaces whatever name is there (a link included), never a file a link points to.
            File.Move(temporary, path, overwrite: true);
            _used.TryAdd(key, 0);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogNotWritten(logger, path, exception.Message);
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Deletes the entries this run neither read nor wrote, and temporary files an interrupted run left over an
    /// hour ago; returns how many files went. Only names this class makes are touched, and no link is followed.
    /// </summary>
    public int Prune()
    {
        var deleted = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var folder in Directory.EnumerateDirectories(directory, "??", options).Where(f => IsHex(Path.GetFileName(f))))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                var name = Path.GetFileName(file);
                var stale = name.EndsWith(TemporarySuffix, StringComparison.Ordinal) && name.StartsWith('.')
                    ? File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddHours(-1)
                    : TryParseKey(name, out var key) && name.StartsWith(Path.GetFileName(folder), StringComparison.Ordinal) && !_used.ContainsKey(key);
                if (stale && TryDelete(file))
                {
                    deleted++;
                }
            }
        }

        return deleted;
    }

    private string EntryPath(UInt128 key)
    {
        var name = key.ToString("x32", CultureInfo.InvariantCulture);
        return Path.Combine(directory, name[..2], name);
    }

    private static bool TryParseKey(string name, out UInt128 key)
    {
        key = default;
        return name.Length == 32 && IsHex(name) && UInt128.TryParse(name, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out key);
    }

    private static bool IsHex(string name) => name.Length > 0 && name.All(char.IsAsciiHexDigitLower);

    private bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogNotDeleted(logger, path, exception.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cache entry {Entry} for {Path} not used: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string entry, string path, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cache entry {Entry} not written: {Reason}")]
    private static partial void LogNotWritten(ILogger logger, string entry, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cache file {Entry} not deleted: {Reason}")]
    private static partial void LogNotDeleted(ILogger logger, string entry, string reason);
}

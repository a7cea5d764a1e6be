using System.Runtime.InteropServices;

namespace DocLint.Cli.Output;

/// <summary>
/// What makes two paths the same file: on Unix the device and inode (so hard links and symlinks compare equal),
/// elsewhere the fully resolved path. Used to refuse writing to any file DocLint reads.
/// </summary>
internal readonly partial record struct FileIdentity(ulong Device, ulong Inode, string? ResolvedPath)
{
    private const uint FileTypeMask = 0xF000;
    private const uint RegularFileType = 0x8000;

    /// <summary>The identity of an existing file, or null when nothing exists at the path.</summary>
    public static FileIdentity? Of(string fullPath)
    {
        var resolved = ResolvePath(fullPath);
        if (resolved is null)
        {
            return null;
        }

        if (!OperatingSystem.IsWindows() && TryStat(resolved, out var device, out var inode, out _))
        {
            return new FileIdentity(device, inode, null);
        }

        return new FileIdentity(0, 0, resolved);
    }

    /// <summary>
    /// The path with every symbolic link in it resolved (the folders and the file itself), or null when no
    /// file exists there.
    /// </summary>
    public static string? ResolvePath(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath);
        var resolvedDirectory = directory is null ? null : ResolveDirectory(directory);
        var candidate = resolvedDirectory is null ? fullPath : Path.Combine(resolvedDirectory, Path.GetFileName(fullPath));
        var info = new FileInfo(candidate);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } && target is FileInfo ? target.FullName : null;
        }

        return info.Exists ? info.FullName : null;
    }

    /// <summary>The folder with its links resolved, segment by segment from the root; itself when it does not exist.</summary>
    public static string ResolveDirectory(string directory)
    {
        var root = Path.GetPathRoot(directory) ?? string.Empty;
        var current = root;
        foreach (var segment in directory[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, segment);
            var info = new DirectoryInfo(next);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                next = target.FullName;
            }

            current = next;
        }

        return current.Length == 0 ? directory : current;
    }

    /// <summary>
    /// False for what exists but is no regular file (a device such as /dev/null, a FIFO): such a target must be
    /// written in place, never replaced by renaming a file over it.
    /// </summary>
    public static bool IsRegularFileOrAbsent(string resolvedPath)
    {
        if (OperatingSystem.IsWindows() || !TryStat(resolvedPath, out _, out _, out var mode))
        {
            return true;
        }

        return (mode & FileTypeMask) == RegularFileType;
    }

    private static bool TryStat(string path, out ulong device, out ulong inode, out uint mode)
    {
        // struct stat starts with st_dev and st_ino on Linux (x64, arm64) and macOS; st_mode sits after st_nlink
        // on Linux x64 and before it on arm64 and macOS.
        var buffer = new byte[256];
        device = 0;
        inode = 0;
        mode = 0;
        try
        {
            if (Stat(path, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        if (OperatingSystem.IsMacOS())
        {
            device = BitConverter.ToUInt32(buffer, 0);
            mode = BitConverter.ToUInt16(buffer, 4);
        }
        else
        {
            device = BitConverter.ToUInt64(buffer, 0);
            mode = BitConverter.ToUInt32(buffer, RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16);
        }

        inode = BitConverter.ToUInt64(buffer, 8);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}

using DocLint.Diagnostics;

namespace DocLint.Analysis;

/// <summary>
/// A document's finding messages by rule and arguments: most findings repeat one message ("no source in its paragraph")
/// or one matched phrase, so each distinct message is formatted once and shared by every finding that says it, instead
/// of a string.Format and a new string per finding. One cache serves one document on one thread.
/// </summary>
internal sealed class MessageCache
{
    private readonly Dictionary<MessageKey, string> _messages = new(MessageKeyComparer.Instance);

    public string Format(DiagnosticDescriptor descriptor, object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length == 0)
        {
            return descriptor.MessageFormat;
        }

        if (!IsCacheable(arguments))
        {
            return descriptor.FormatMessage(arguments);
        }

        var key = new MessageKey(descriptor, arguments);
        if (!_messages.TryGetValue(key, out var message))
        {
            message = descriptor.FormatMessage(arguments);
            _messages.Add(key, message);
        }

        return message;
    }

    // Only arguments whose equality means equal text: two equal doubles can still print differently (0 and -0), and an
    // arbitrary object's Equals says nothing about its ToString.
    private static bool IsCacheable(object?[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is not (null or string or int or long))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct MessageKey(DiagnosticDescriptor Descriptor, object?[] Arguments);

    private sealed class MessageKeyComparer : IEqualityComparer<MessageKey>
    {
        public static readonly MessageKeyComparer Instance = new();

        public bool Equals(MessageKey x, MessageKey y)
        {
            if (!ReferenceEquals(x.Descriptor, y.Descriptor) || x.Arguments.Length != y.Arguments.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Arguments.Length; i++)
            {
                if (!Equals(x.Arguments[i], y.Arguments[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(MessageKey key)
        {
            var hash = new HashCode();
            hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Descriptor));
            foreach (var argument in key.Arguments)
            {
                hash.Add(argument);
            }

            return hash.ToHashCode();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Conv;

/// <summary>
/// A small strict JSON reader for safetensors headers, shared by the runtime and the analyzer (which checks weights
/// files while the user types and can take no dependency): objects, arrays, strings, numbers, true, false, null, as
/// RFC 8259 has them, nested at most 64 deep, duplicate keys refused. netstandard2.0 has no in-box JSON reader, and a
/// header is small: a tree of these values is all either side needs. Errors are <see cref="FormatException"/>s that
/// give the character position.
/// </summary>
internal static class HeaderJson
{
    public const int MaxDepth = 64;

    public abstract class Value
    {
    }

    public sealed class Object : Value
    {
        public List<KeyValuePair<string, Value>> Members { get; } = new();

        public Value? this[string key]
        {
            get
            {
                foreach (var member in Members)
                    if (member.Key == key) return member.Value;
                return null;
            }
        }
    }

    public sealed class Array : Value
    {
        public List<Value> Items { get; } = new();
    }

    public sealed class String : Value
    {
        public String(string text) => Text = text;

        public string Text { get; }
    }

    public sealed class Number : Value
    {
        public Number(string text) => Text = text;

        /// <summary>The number as written.</summary>
        public string Text { get; }

        /// <summary>The number as a non-negative integer, when it is one that fits a long.</summary>
        public bool TryGetNonNegative(out long value) =>
            long.TryParse(Text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    public sealed class Literal : Value
    {
        public static readonly Literal True = new("true"), False = new("false"), Null = new("null");

        private Literal(string text) => Text = text;

        public string Text { get; }
    }

    /// <summary>Parses one JSON value; only whitespace may follow it.</summary>
    /// <exception cref="FormatException">The text is not JSON, or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static Value Parse(string text)
    {
        var position = 0;
        var value = ParseValue(text, ref position, 0);
        SkipWhitespace(text, ref position);
        if (position != text.Length) throw Error(text, position, "text after the JSON value");
        return value;
    }

    private static FormatException Error(string text, int position, string what) =>
        new($"invalid JSON at character {position.ToString(CultureInfo.InvariantCulture)}: {what}" +
            (position < text.Length ? $" (found '{Printable(text[position])}')" : " (found the end)"));

    private static string Printable(char c) => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();

    private static void SkipWhitespace(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r') position++;
    }

    private static Value ParseValue(string text, ref int position, int depth)
    {
        SkipWhitespace(text, ref position);
        if (position >= text.Length) throw Error(text, position, "a value expected");
        switch (text[position])
        {
            case '{':
                return ParseObject(text, ref position, depth + 1);
            case '[':
                return ParseArray(text, ref position, depth + 1);
            case '"':
                return new String(ParseString(text, ref position));
            case 't':
                return Keyword(text, ref position, "true", Literal.True);
            case 'f':
                return Keyword(text, ref position, "false", Literal.False);
            case 'n':
                return Keyword(text, ref position, "null", Literal.Null);
            default:
                return ParseNumber(text, ref position);
        }
    }

    private static Value Keyword(string text, ref int position, string word, Literal value)
    {
        if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0) throw Error(text, position, "a value expected");
        position += word.Length;
        return value;
    }

    private static Object ParseObject(string text, ref int position, int depth)
    {
        if (depth > MaxDepth) throw Error(text, position, $"nested deeper than {MaxDepth}");
        var result = new Object();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        position++;
        SkipWhitespace(text, ref position);
        if (position < text.Length && text[position] == '}')
        {
            position++;
            return result;
        }

        while (true)
        {
            SkipWhitespace(text, ref position);
            if (position >= text.Length || text[position] != '"') throw Error(text, position, "a string key expected");
            var keyStart = position;
            var key = ParseString(text, ref position);
            if (!keys.Add(key)) throw Error(text, keyStart, $"the key \"{key}\" appears twice");
            SkipWhitespace(text, ref position);
            if (position >= text.Length || text[position] != ':') throw Error(text, position, "':' expected");
            position++;
            result.Members.Add(new KeyValuePair<string, Value>(key, ParseValue(text, ref position, depth)));
            if (!MoreItems(text, ref position, '}')) return result;
        }
    }

    private static Array ParseArray(string text, ref int position, int depth)
    {
        if (depth > MaxDepth) throw Error(text, position, $"nested deeper than {MaxDepth}");
        var result = new Array();
        position++;
        SkipWhitespace(text, ref position);
        if (position < text.Length && text[position] == ']')
        {
            position++;
            return result;
        }

        while (true)
        {
            result.Items.Add(ParseValue(text, ref position, depth));
            if (!MoreItems(text, ref position, ']')) return result;
        }
    }

    // After an item of an object or array: past a ',' (more items follow) or past the closing bracket (none do).
    private static bool MoreItems(string text, ref int position, char close)
    {
        SkipWhitespace(text, ref position);
        if (position < text.Length && (text[position] == ',' || text[position] == close))
            return text[position++] == ',';
        throw Error(text, position, $"',' or '{close}' expected");
    }

    private static string ParseString(string text, ref int position)
    {
        var builder = new StringBuilder();
        position++;
        while (true)
        {
            if (position >= text.Length) throw Error(text, position, "an unterminated string");
            var c = text[position++];
            if (c == '"') return builder.ToString();
            if (c < ' ') throw Error(text, position - 1, "a control character in a string");
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (position >= text.Length) throw Error(text, position, "an unterminated escape");
            var escape = text[position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (position + 4 > text.Length
                        || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        throw Error(text, position, "four hex digits expected after \\u");
                    builder.Append((char)code);
                    position += 4;
                    break;
                default:
                    throw Error(text, position - 1, "an unknown escape");
            }
        }
    }

    private static Number ParseNumber(string text, ref int position)
    {
        var start = position;
        if (position < text.Length && text[position] == '-') position++;
        if (position >= text.Length || !IsDigit(text[position])) throw Error(text, position, "a value expected");
        if (text[position] == '0') position++;
        else while (position < text.Length && IsDigit(text[position])) position++;
        if (position < text.Length && text[position] == '.')
        {
            position++;
            if (position >= text.Length || !IsDigit(text[position])) throw Error(text, position, "a digit expected after '.'");
            while (position < text.Length && IsDigit(text[position])) position++;
        }

        if (position < text.Length && text[position] is 'e' or 'E')
        {
            position++;
            if (position < text.Length && text[position] is '+' or '-') position++;
            if (position >= text.Length || !IsDigit(text[position])) throw Error(text, position, "a digit expected in the exponent");
            while (position < text.Length && IsDigit(text[position])) position++;
        }

        return new Number(text.Substring(start, position - start));
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}

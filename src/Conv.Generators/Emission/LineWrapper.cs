using System.Collections.Generic;
using System.Text;

namespace Conv.Generators.Emission;

/// <summary>
/// Keeps generated lines within <see cref="MaxLength"/> characters, as a person would break them: a long parameter or
/// argument list one item per line, a long documentation comment over several comment lines. Breaking between the items
/// of a list, or between words of a comment, never changes what the code means.
/// </summary>
internal static class LineWrapper
{
    public const int MaxLength = 150;

    public static string Wrap(string file)
    {
        var result = new StringBuilder(file.Length + 1024);
        foreach (var line in file.Split('\n'))
            foreach (var piece in WrapLine(line)) result.Append(piece).Append('\n');
        result.Length--; // the split added one line ending too many
        return result.ToString();
    }

    private static IEnumerable<string> WrapLine(string line)
    {
        if (line.Length <= MaxLength) return new[] { line };
        var indent = line.Length - line.TrimStart(' ').Length;
        var text = line.Substring(indent);
        if (text.StartsWith("///")) return WrapComment(line, indent);
        if (text.StartsWith("//") || !SplitList(line, out var head, out var items, out var tail)) return new[] { line };

        var pad = new string(' ', indent + 4);
        var lines = new List<string> { head };
        for (var i = 0; i < items.Count; i++)
            lines.AddRange(WrapLine(pad + items[i].Trim() + (i < items.Count - 1 ? "," : tail)));
        return lines;
    }

    // The first parenthesised list with two or more items at its own level (outside strings): "head(" + items + ")tail".
    private static bool SplitList(string line, out string head, out List<string> items, out string tail)
    {
        head = tail = "";
        items = new List<string>();
        for (var open = line.IndexOf('('); open >= 0; open = line.IndexOf('(', open + 1))
        {
            var depth = 0;
            var inString = false;
            var start = open + 1;
            var found = new List<string>();
            for (var i = open; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '"' && (i == 0 || line[i - 1] != '\\')) inString = !inString;
                if (inString) continue;
                if (c is '(' or '[' or '<' && IsOpener(line, i)) depth++;
                else if (c is ')' or ']' or '>' && IsCloser(line, i)) depth--;
                if (depth == 1 && c == ',')
                {
                    found.Add(line.Substring(start, i - start));
                    start = i + 1;
                }
                else if (depth == 0)
                {
                    if (found.Count == 0 || i - open < 2) break;
                    found.Add(line.Substring(start, i - start));
                    head = line.Substring(0, open + 1);
                    items = found;
                    tail = line.Substring(i);
                    return true;
                }
            }
        }

        return false;
    }

    // '<' and '>' count as brackets only around type arguments (no spaces inside: Span<float>, Vector<float>), not as
    // comparison or shift operators, which the generated code writes with spaces around them.
    private static bool IsOpener(string line, int i) => line[i] != '<' || (i > 0 && char.IsLetterOrDigit(line[i - 1]) && i + 1 < line.Length && line[i + 1] != ' ' && line[i + 1] != '=');

    private static bool IsCloser(string line, int i) => line[i] != '>' || (i > 0 && line[i - 1] != ' ' && line[i - 1] != '=' && line[i - 1] != '-');

    private static IEnumerable<string> WrapComment(string line, int indent)
    {
        var prefix = new string(' ', indent) + "/// ";
        var words = line.Substring(indent + 3).TrimStart().Split(' ');
        var current = new StringBuilder(prefix);
        foreach (var word in words)
        {
            if (current.Length > prefix.Length && current.Length + 1 + word.Length > MaxLength)
            {
                yield return current.ToString();
                current.Clear().Append(prefix);
            }

            if (current.Length > prefix.Length) current.Append(' ');
            current.Append(word);
        }

        yield return current.ToString();
    }
}

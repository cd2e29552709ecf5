using System;
using System.Text;

namespace Conv.Generators.Emission;

/// <summary>Writes source text with four-space indentation and LF line ends, whatever the host's newline.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public IndentedWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _depth * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="line"/> (none for a bare block) and an opening brace, and indents.</summary>
    public IndentedWriter Open(string line)
    {
        if (line.Length > 0) Line(line);
        Line("{");
        _depth++;
        return this;
    }

    public IndentedWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public IDisposable Block(string line)
    {
        Open(line);
        return new Closer(this);
    }

    /// <summary>
    /// A loop of <paramref name="variable"/> from <paramref name="start"/> while below <paramref name="end"/> by
    /// <paramref name="step"/>. A loop of one turn is written as a block with the variable a constant: generated code
    /// has no one-iteration loops.
    /// </summary>
    public IDisposable For(string variable, int start, int end, int step = 1)
    {
        if (end > start && end - start <= step)
        {
            var block = Block("");
            Line($"const int {variable} = {start};");
            return block;
        }

        return Block($"for (int {variable} = {start}; {variable} < {end}; {(step == 1 ? variable + "++" : $"{variable} += {step}")})");
    }

    public override string ToString() => _text.ToString();

    private sealed class Closer : IDisposable
    {
        private readonly IndentedWriter _writer;

        public Closer(IndentedWriter writer) => _writer = writer;

        public void Dispose() => _writer.Close();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace Conv.Generators.Tests.Fuzz;

/// <summary>
/// One random declaration as a user might write it, careless or hostile: any type kind, partial or not, nested,
/// in a keyword namespace, with a keyword or clashing name, and attribute values drawn around the edges of int.
/// Each renders on one line, so that diagnostics map to declarations by line. <see cref="Valid"/> is the oracle,
/// computed here from PyTorch's formula and the package's documented limits, not from the package's code.
/// </summary>
public sealed class RandomDeclaration
{
    public required int Index { get; init; }
    public required string Name { get; init; }          // as C# source, '@' for keywords
    public required string Kind { get; init; }          // "class", "sealed class", "struct", "record", ...
    public required bool Partial { get; init; }
    public required bool Generic { get; init; }
    public required int Container { get; init; }        // 0: none, 1: in a partial class, 2: in a non-partial class
    public required string Namespace { get; init; }     // "" for the global namespace
    public required bool BothAttributes { get; init; }  // [Conv2d] and [Composite] on one type
    public long[]? Conv { get; init; }                  // in, out, k, kh, kw, h, w, s, sh, sw, p, ph, pw, d, dh, dw, g, mode; long.MinValue: not given
    public bool Bias { get; init; }
    public int[]? Members { get; init; }                // indices into the program; -1: typeof(string)

    public bool IsComposite => Members is not null;

    public string Plain => Name.TrimStart('@');

    public string Container_ => Container switch { 1 => "Outer", 2 => $"Outer{Index}", _ => "" };

    /// <summary>The type as a typeof argument.</summary>
    public string Reference =>
        "global::" + string.Join(".", new[] { Namespace, Container_, Name + (Generic ? "<int>" : "") }.Where(s => s.Length > 0));

    /// <summary>The type's name as the compiler displays it (no '@', generic arity shown), for matching generated types.</summary>
    public string DisplayName =>
        string.Join(".", new[] { Namespace.Replace("@", ""), Container_, Plain + (Generic ? "<T>" : "") }.Where(s => s.Length > 0));

    /// <summary>Names of generated members, which a layer type cannot have (Compose and IsExact only in a composite).</summary>
    public static readonly string[] Reserved = { "Forward", "Weight", "InputLength", "PaddingMode", "Bias" };

    public static readonly string[] CompositeReserved = { "Compose", "IsExact" };

    public string Render(IReadOnlyList<RandomDeclaration> program)
    {
        var attributes = new List<string>();
        if (Conv is not null || BothAttributes) attributes.Add(RenderConv(Conv ?? new long[] { 1, 1, 1, 0, 0, 2, 2, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0 }));
        if (IsComposite || BothAttributes)
            attributes.Add("[Conv.Composite(" + string.Join(", ", (Members ?? new[] { -1, -1 }).Select(m => m < 0 ? "typeof(string)" : $"typeof({program[m].Reference})")) + ")]");
        var keyword = Kind.Split(' ');
        var modifiers = string.Join(" ", keyword.Take(keyword.Length - (Kind.StartsWith("record struct", StringComparison.Ordinal) || Kind.EndsWith("record struct", StringComparison.Ordinal) ? 2 : 1)));
        var typeKeyword = Kind.EndsWith("record struct", StringComparison.Ordinal) ? "record struct" : keyword[^1];
        var declaration = $"{string.Concat(attributes)} public {(modifiers.Length > 0 ? modifiers + " " : "")}{(Partial ? "partial " : "")}{typeKeyword} {Name}{(Generic ? "<T>" : "")};";
        if (Container == 1) declaration = $"public partial class Outer {{ {declaration} }}";
        if (Container == 2) declaration = $"public class {Container_} {{ {declaration} }}";
        if (Namespace.Length > 0) declaration = $"namespace {Namespace} {{ {declaration} }}";
        return declaration;
    }

    private string RenderConv(long[] c)
    {
        var named = new List<string>();
        void Named(string name, long value)
        {
            if (value != long.MinValue) named.Add($"{name} = {value}");
        }

        Named("KernelHeight", c[3]);
        Named("KernelWidth", c[4]);
        Named("InputHeight", c[5]);
        Named("InputWidth", c[6]);
        Named("Stride", c[7]);
        Named("StrideHeight", c[8]);
        Named("StrideWidth", c[9]);
        Named("Padding", c[10]);
        Named("PaddingHeight", c[11]);
        Named("PaddingWidth", c[12]);
        Named("Dilation", c[13]);
        Named("DilationHeight", c[14]);
        Named("DilationWidth", c[15]);
        Named("Groups", c[16]);
        if (c[17] != long.MinValue) named.Add($"PaddingMode = (Conv.PaddingMode){c[17]}");
        named.Add($"Bias = {(Bias ? "true" : "false")}");
        return $"[Conv.Conv2d({c[0]}, {c[1]}, {c[2]}{string.Concat(named.Select(n => ", " + n))})]";
    }

    /// <summary>The form the generated code needs: partial all the way out, not generic, a kind and name it can complete.</summary>
    public bool FormValid =>
        Partial && !Generic && Container != 2 && !BothAttributes && Kind != "static class"
        && !(IsComposite && Kind == "abstract class") && !Reserved.Contains(Plain) && !(IsComposite && CompositeReserved.Contains(Plain));
}

/// <summary>A layer's sizes, resolved and checked as the documentation states them.</summary>
public sealed record OracleShape(BigInteger In, BigInteger Out, BigInteger KH, BigInteger KW, BigInteger H, BigInteger W,
    BigInteger SH, BigInteger SW, BigInteger PH, BigInteger PW, BigInteger DH, BigInteger DW, BigInteger G, int Mode)
{
    public static readonly BigInteger MaxLength = 0x7FFFFFC7;

    public BigInteger OH => FloorDiv(H + 2 * PH - DH * (KH - 1) - 1, SH) + 1;
    public BigInteger OW => FloorDiv(W + 2 * PW - DW * (KW - 1) - 1, SW) + 1;

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return r < 0 ? q - 1 : q;
    }

    public bool Valid
    {
        get
        {
            if (In < 1 || Out < 1 || KH < 1 || KW < 1 || H < 1 || W < 1 || SH < 1 || SW < 1 || DH < 1 || DW < 1 || G < 1 || PH < 0 || PW < 0) return false;
            if (Mode is < 0 or > 3) return false;
            if (In % G != 0 || Out % G != 0) return false;
            if (Mode == 1 && (PH >= H || PW >= W)) return false;
            if (Mode == 3 && (PH > H || PW > W)) return false;
            if (OH < 1 || OW < 1) return false;
            // The padded copy Forward reads, its rows and columns rounded up to whole stride phases (README: Limits).
            var paddedHeight = H + 2 * PH;
            if (OH > 1) paddedHeight = (paddedHeight + SH - 1) / SH * SH;
            var paddedWidth = W + 2 * PW;
            if (OW > 1) paddedWidth = (paddedWidth + SW - 1) / SW * SW;
            return In * H * W <= MaxLength && Out * OH * OW <= MaxLength && Out * (In / G) * KH * KW <= MaxLength
                   && In / G * paddedHeight * paddedWidth <= MaxLength;
        }
    }

    /// <summary>The composite of this then <paramref name="next"/> as the documentation gives it; null when they do not fit.</summary>
    public OracleShape? Then(OracleShape next)
    {
        if (next.In != Out || next.H != OH || next.W != OW) return null;
        var dh = BigInteger.GreatestCommonDivisor(DH, SH * next.DH);
        var dw = BigInteger.GreatestCommonDivisor(DW, SW * next.DW);
        return new OracleShape(In, next.Out,
            ((KH - 1) * DH + (next.KH - 1) * SH * next.DH) / dh + 1, ((KW - 1) * DW + (next.KW - 1) * SW * next.DW) / dw + 1,
            H, W, SH * next.SH, SW * next.SW, PH + SH * next.PH, PW + SW * next.PW, dh, dw,
            BigInteger.GreatestCommonDivisor(G, next.G), PaddingModeOf(this, next));
    }

    // The padding mode of the first layer that pads, zeros when none does (a layer that does not pad commutes with
    // every mode): a reflect layer without padding followed by a zero-padded one pads with zeros.
    private static int PaddingModeOf(OracleShape first, OracleShape next) =>
        first.PH > 0 || first.PW > 0 ? first.Mode : next.PH > 0 || next.PW > 0 ? next.Mode : 0;

    public static OracleShape? FromAttribute(long[] c)
    {
        static BigInteger Or(long value, BigInteger fallback) => value == long.MinValue ? fallback : value;
        static BigInteger Axis(long value, BigInteger square) => value == long.MinValue || value == 0 ? square : value;
        if (c[5] == long.MinValue || c[6] == long.MinValue) return null; // InputHeight and InputWidth are required
        var stride = Or(c[7], 1);
        var padding = Or(c[10], 0);
        var dilation = Or(c[13], 1);
        return new OracleShape(c[0], c[1], Axis(c[3], c[2]), Axis(c[4], c[2]), c[5], c[6],
            Axis(c[8], stride), Axis(c[9], stride), Axis(c[11], padding), Axis(c[12], padding),
            Axis(c[14], dilation), Axis(c[15], dilation), Or(c[16], 1), c[17] == long.MinValue ? 0 : (int)c[17]);
    }
}

/// <summary>A random program of declarations with its oracle.</summary>
public sealed class RandomProgram
{
    private static readonly string[] Kinds =
    {
        "class", "class", "class", "sealed class", "struct", "struct", "readonly struct", "record", "record struct",
        "readonly record struct", "abstract class", "static class",
    };

    private static readonly string[] Keywords = { "@class", "@int", "@event", "@struct", "@object" };

    public required int Seed { get; init; }
    public required RandomDeclaration[] Declarations { get; init; }

    public override string ToString() => $"seed {Seed}:\n{Source}";

    public string Source => string.Join("\n", Declarations.Select(d => d.Render(Declarations)));

    public static RandomProgram FromSeed(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(1, 6);
        var declarations = new List<RandomDeclaration>();
        var keywords = Keywords.OrderBy(_ => random.Next()).ToList();
        for (var i = 0; i < count; i++)
        {
            var composite = i >= 2 && random.Next(3) == 0;
            var name = random.Next(14) switch
            {
                0 when keywords.Count > 0 => Take(keywords),
                1 => RandomDeclaration.Reserved.Concat(RandomDeclaration.CompositeReserved).ElementAt(random.Next(7)),
                2 or 3 => (random.Next(2) == 0 ? "layer" : "Layer") + (i / 2),
                _ => $"L{i}",
            };
            if (declarations.Any(d => d.Plain == name.TrimStart('@'))) name = $"L{i}";
            var members = composite ? Enumerable.Range(0, random.Next(2, 4)).Select(_ => random.Next(8) == 0 ? -1 : random.Next(0, i + (random.Next(6) == 0 ? 1 : 0))).ToArray() : null;
            if (members is not null && random.Next(10) == 0) members = new[] { members[0] };
            var forward = random.Next(10) == 0 && i + 1 < count; // a composite naming a later one: cycles become possible
            if (members is not null && forward) members[random.Next(members.Length)] = random.Next(i, count);
            declarations.Add(new RandomDeclaration
            {
                Index = i,
                Name = name,
                Kind = random.Next(4) == 0 ? Kinds[random.Next(Kinds.Length)] : "class",
                Partial = random.Next(15) != 0,
                Generic = random.Next(25) == 0,
                Container = random.Next(8) switch { 0 => 2, 1 or 2 => 1, _ => 0 },
                Namespace = random.Next(6) switch { 0 => "N.@namespace", 1 or 2 => "N", _ => "" },
                BothAttributes = random.Next(30) == 0,
                Conv = composite ? null : Conv(random, declarations.LastOrDefault(d => d.Conv is not null)),
                Bias = random.Next(2) == 0,
                Members = members,
            });
        }

        return new RandomProgram { Seed = seed, Declarations = declarations.ToArray() };

        static string Take(List<string> names)
        {
            var name = names[0];
            names.RemoveAt(0);
            return name;
        }
    }

    // Mostly shapes that fit the previous layer (so that composites of them can be valid), sometimes values at the edges.
    private static long[] Conv(Random random, RandomDeclaration? previous)
    {
        long Edge() => new long[] { 0, -1, 1, 2, 3, 7, 65536, 40000, 1 << 20, int.MaxValue, int.MinValue }[random.Next(11)];
        long Pick(long low, long high) => random.Next(12) == 0 ? Edge() : random.Next((int)low, (int)high + 1);
        long Optional(long low, long high, int oneIn) => random.Next(oneIn) == 0 ? Pick(low, high) : long.MinValue;

        var fits = previous?.Conv is { } p && random.Next(2) == 0 && OracleShape.FromAttribute(p) is { Valid: true } shape && shape.OH <= 64 && shape.OW <= 64;
        var c = new long[18];
        var prior = fits ? OracleShape.FromAttribute(previous!.Conv!) : null;
        c[0] = prior is not null ? (long)prior.Out : Pick(1, 6);
        c[1] = Pick(1, 8);
        c[2] = Pick(1, 5);
        c[3] = Optional(0, 4, 8);
        c[4] = Optional(0, 4, 8);
        c[5] = random.Next(30) == 0 ? long.MinValue : prior is not null ? (long)prior.OH : Pick(1, 16);
        c[6] = random.Next(30) == 0 ? long.MinValue : prior is not null ? (long)prior.OW : Pick(1, 16);
        c[7] = Optional(1, 3, 3);
        c[8] = Optional(0, 3, 10);
        c[9] = Optional(0, 3, 10);
        c[10] = Optional(0, 3, 2);
        c[11] = Optional(0, 3, 10);
        c[12] = Optional(0, 3, 10);
        c[13] = Optional(1, 3, 4);
        c[14] = Optional(0, 2, 12);
        c[15] = Optional(0, 2, 12);
        c[16] = random.Next(5) == 0 ? Pick(1, 4) : long.MinValue;
        c[17] = random.Next(3) == 0 ? (random.Next(20) == 0 ? 7 : random.Next(4)) : long.MinValue;
        return c;
    }

    /// <summary>Whether declaration <paramref name="index"/> should get generated code: the oracle.</summary>
    public bool Valid(int index) => Shape(index, new HashSet<int>()) is not null;

    /// <summary>
    /// Whether it may leave its report to its members: a composite of its own good form whose members include a faulty
    /// one (which reports on its own line; a cycle through members may be reported on them alone, as
    /// DeclarationEdgeCaseTests pins down for the plain cases).
    /// </summary>
    public bool FailsOnlyThroughMembers(int index)
    {
        var d = Declarations[index];
        if (!d.IsComposite || !d.FormValid || d.Members!.Length < 2 || d.Members.Any(m => m < 0)) return false;
        return d.Members.Any(m => !Valid(m));
    }

    private OracleShape? Shape(int index, HashSet<int> path)
    {
        var d = Declarations[index];
        if (!d.FormValid) return null;
        if (!d.IsComposite) return OracleShape.FromAttribute(d.Conv!) is { Valid: true } shape ? shape : null;
        if (!path.Add(index) || d.Members!.Length < 2 || d.Members.Any(m => m < 0)) return null;
        try
        {
            OracleShape? composite = null;
            foreach (var member in d.Members)
            {
                var next = Shape(member, path);
                if (next is null) return null;
                composite = composite is null ? next : composite.Then(next);
                if (composite is null || !composite.Valid) return null;
            }

            return composite;
        }
        finally
        {
            path.Remove(index);
        }
    }
}

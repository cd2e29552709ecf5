using System.Collections.Generic;
using System.Linq;

namespace Conv.Generators.Emission;

/// <summary>
/// The AVX-512 kernel of <see cref="KernelPlan.ShortRowDepthwise"/> layers (depthwise, output rows of 4 to 8 columns,
/// input rows of at most 16), and the AVX2 one where input rows have at most 8 columns
/// (<see cref="KernelPlan.ShortRowVector256"/>): one 8-lane vector per output row, the sums of all of a channel's rows
/// held at once. Each input row is loaded once (8 or 16 columns) and each tap's columns are picked from it by a lane
/// permute, zero where the tap falls in the padding; taps on padding rows are skipped. The other kernels copy each
/// channel into a padded view first and read it back across the stores that wrote it, which took longer than the
/// multiply-adds. On AVX-512 each row's sums are split over two registers (taps alternating), so its results differ
/// from the other kernels' in the last bits; every call, on one thread or several, runs the same sums.
/// </summary>
internal static class ShortRowDepthwiseEmitter
{
    private const string Avx512F = Names.Avx512F;
    private const string Avx2 = Names.Avx2;
    private const string Avx = Names.Avx;

    /// <summary>
    /// The kernel for <paramref name="simd"/>: <see cref="Simd.Avx512"/> (two-source permutes whose second source is zero,
    /// 32 registers: weights held, two sets of sums), or <see cref="Simd.Vector256"/> for input rows of up to 8 columns
    /// (AVX2: one-source permutes, the padding's lanes cleared by a mask; 16 registers: weights broadcast where used).
    /// </summary>
    public static void WriteKernel(IndentedWriter w, KernelPlan plan, Simd simd, string? optimize)
    {
        var g = plan.G;
        var avx512 = simd == Simd.Avx512;
        var type = simd.Type;
        var v = simd.Vector!;
        var loadLanes = plan.ShortRowLoad;
        var load = loadLanes == 8 ? simd : Simd.Vector512;
        var plane = g.InputHeight * g.InputWidth;
        var outPlane = g.OutputHeight * g.OutputWidth;
        var window = plan.WindowLength;
        var held = avx512 && window <= MaxHeldWeights;
        // A row's taps in one chain of dependent multiply-adds left the kernel waiting on their latency (prototype, one
        // thread: two chains took dw960@7 10.1 -> 9.5 us, dw1152k5@7 30.8 -> 26.6 us, dw768k7@7 36.0 -> 30.2 us);
        // where the second set of sums does not fit the registers, one.
        var split = avx512 && 2 * g.OutputHeight + (held ? window : 0) + 4 <= simd.Registers;
        var unsafeAdd = Names.Unsafe + ".Add";
        // The output rows that read each input row, with their kernel row (offsets from the first output row's first input
        // row, which is PaddingHeight rows above the input).
        var readers = Tile.InputRows(g, g.OutputHeight, g.StrideHeight);
        var rows = readers.Where(pair => pair.Key >= g.PaddingHeight && pair.Key - g.PaddingHeight < g.InputHeight)
            .Select(pair => new InputRow(g, (int)(pair.Key - g.PaddingHeight), loadLanes, pair.Value)).ToList();
        var picks = rows.SelectMany(row => row.Taps).Where(tap => tap is not null).Select(tap => tap!).Distinct().ToList();

        w.Line($"// One 8-lane vector per output row of {g.OutputWidth} columns, the {g.OutputHeight} rows of a channel at once: each input row");
        w.Line($"// loaded once ({loadLanes} columns) and each tap's columns picked from it by a permute, zero in the padding.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block(ForwardEmitter.KernelSignature(plan, simd)))
        {
            if (avx512)
            {
                w.Line($"{load.Type} zero = {load.Type}.Zero;");
                w.Line("// Lane l of pick p: the loaded row's column p[l] (or zero).");
                for (var p = 0; p < picks.Count; p++) w.Line($"var pick{p} = {load.Vector}.Create({string.Join(", ", picks[p].Lanes(loadLanes))});");
            }
            else
            {
                w.Line("// Lane l of pick p: the loaded row's column p[l]; keep p clears the lanes in the padding.");
                for (var p = 0; p < picks.Count; p++)
                {
                    w.Line($"var pick{p} = {v}.Create({string.Join(", ", picks[p].Lanes(0))});");
                    if (picks[p].HasPadding) w.Line($"var keep{p} = {v}.AsSingle({v}.Create({string.Join(", ", picks[p].Keep)}));");
                }
            }

            var joins = JoinLanes(g).ToList();
            if (g.OutputWidth < KernelPlan.Lanes)
            {
                w.Line($"// The plane's last {KernelPlan.Lanes} outputs, from the last two rows' sums.");
                if (avx512) w.Line($"var join = {v}.Create({string.Join(", ", joins.Select(j => (j.FromLast ? KernelPlan.Lanes : 0) + j.Column))});");
                else
                {
                    w.Line($"var joinBefore = {v}.Create({string.Join(", ", joins.Select(j => j.FromLast ? 0 : j.Column))});");
                    w.Line($"var joinLast = {v}.Create({string.Join(", ", joins.Select(j => j.FromLast ? j.Column : 0))});");
                }
            }

            using (w.Block("for (int o = oStart; o < oEnd; o++)"))
            {
                w.Line($"ref float xc = ref {unsafeAdd}(ref x, o * {plane});");
                w.Line($"ref float yc = ref {unsafeAdd}(ref y, o * {outPlane});");
                w.Line($"ref float wo = ref {unsafeAdd}(ref weight, o * {window});");
                w.Line($"{type} b = {(g.HasBias ? $"{v}.Create(bias![o])" : type + ".Zero")};");
                if (held)
                    ForwardEmitter.WriteHeldWeights(w, simd, window);

                w.Line($"{type} {string.Join(", ", Enumerable.Range(0, g.OutputHeight).Select(oy => $"a{oy} = b"))};");
                if (split)
                {
                    w.Line("// Each row's sums in two registers, the taps alternating between them: two chains of multiply-adds at once.");
                    w.Line($"{type} {string.Join(", ", Enumerable.Range(0, g.OutputHeight).Select(oy => $"c{oy} = {type}.Zero"))};");
                }

                // The loaded 8 columns may be the tap as they are (in a 1x1 window, every time).
                bool AsLoaded(int r, int kx) => rows[r].Taps[kx] is null && loadLanes == KernelPlan.Lanes;
                w.Line($"{load.Type} row;");
                if (Enumerable.Range(0, rows.Count).Any(r => Enumerable.Range(0, g.KernelWidth).Any(kx => !AsLoaded(r, kx))))
                    w.Line($"{type} tap;");
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = rows[r];
                    w.Line($"row = {load.Load("xc", row.Start.ToString(System.Globalization.CultureInfo.InvariantCulture))};");
                    for (var kx = 0; kx < g.KernelWidth; kx++)
                    {
                        var pick = row.Taps[kx];
                        var input = AsLoaded(r, kx) ? "row" : "tap";
                        if (input == "tap") w.Line($"tap = {Picked(pick, pick is null ? -1 : picks.IndexOf(pick), avx512, loadLanes)};");
                        foreach (var (oy, ky) in row.Readers)
                        {
                            var t = ky * g.KernelWidth + kx;
                            var sums = split && t % 2 == 1 ? "c" : "a";
                            w.Line(simd.MultiplyAdd(held ? "k" + t : $"{v}.Create({unsafeAdd}(ref wo, {t}))", input, sums + oy));
                        }
                    }
                }

                if (split)
                    for (var oy = 0; oy < g.OutputHeight; oy++) w.Line($"a{oy} += c{oy};");

                // Each row's extra lanes land on the next row's first columns, which its own store then writes.
                var last = g.OutputWidth < KernelPlan.Lanes ? g.OutputHeight - 1 : g.OutputHeight;
                for (var oy = 0; oy < last; oy++)
                    w.Line(simd.Store(simd.Activate($"a{oy}", plan.Activation), $"{unsafeAdd}(ref yc, {oy * g.OutputWidth})"));
                if (last < g.OutputHeight)
                {
                    var fromLast = joins.Select((j, l) => j.FromLast ? 1 << l : 0).Sum();
                    var joined = avx512
                        ? $"{Avx512F}.VL.PermuteVar8x32x2(a{last - 1}, join, a{last})"
                        : $"{Avx}.Blend({Avx2}.PermuteVar8x32(a{last - 1}, joinBefore), {Avx2}.PermuteVar8x32(a{last}, joinLast), {fromLast})";
                    w.Line(simd.Store(simd.Activate(joined, plan.Activation), $"{unsafeAdd}(ref yc, {outPlane - KernelPlan.Lanes})"));
                }
            }
        }

        w.Line();
    }

    // The tap's 8 columns from the loaded row: AVX-512 permutes the padding's lanes in from a zero vector, AVX2 clears them.
    private static string Picked(Pick? pick, int index, bool avx512, int loadLanes)
    {
        if (pick is null) return $"{Simd.Vector512.Vector}.GetLower(row)";
        if (!avx512)
        {
            var permuted = $"{Avx2}.PermuteVar8x32(row, pick{index})";
            return pick.HasPadding ? $"{Simd.Vector256.Vector}.BitwiseAnd({permuted}, keep{index})" : permuted;
        }

        var picked = loadLanes == 16 ? $"{Avx512F}.PermuteVar16x32x2(row, pick{index}, zero)" : $"{Avx512F}.VL.PermuteVar8x32x2(row, pick{index}, zero)";
        return loadLanes == 16 ? $"{Simd.Vector512.Vector}.GetLower({picked})" : picked;
    }

    // Held in registers beside a channel's sums (3x3 windows); larger windows broadcast each weight where it is used,
    // which measured as fast (EfficientNet-B0's 5x5 at 7x7, prototype).
    private const int MaxHeldWeights = 9;

    // Output position OutputLength - 8 + l: a column of the second-to-last row's sums, or of the last's.
    private static IEnumerable<(bool FromLast, int Column)> JoinLanes(Conv.Conv2dGeometry g)
    {
        var plane = g.OutputHeight * g.OutputWidth;
        for (var l = 0; l < KernelPlan.Lanes; l++)
        {
            var p = plane - KernelPlan.Lanes + l;
            yield return (p / g.OutputWidth == g.OutputHeight - 1, p % g.OutputWidth);
        }
    }

    /// <summary>
    /// Input row r as the kernel reads it: loaded from its first column, or for the plane's last rows from
    /// <c>plane - lanes</c> so that the load stays inside the channel; the output rows that read it (with their kernel
    /// row), and per kernel column the permute picking the tap's columns, null where the loaded row already is the tap.
    /// </summary>
    private sealed class InputRow
    {
        public InputRow(Conv.Conv2dGeometry g, int r, int lanes, List<(int Row, int Ky)> readers)
        {
            var plane = g.InputHeight * g.InputWidth;
            Start = r * g.InputWidth + lanes <= plane ? r * g.InputWidth : plane - lanes;
            var shift = r * g.InputWidth - Start;
            Readers = readers;

            for (var kx = 0; kx < g.KernelWidth; kx++)
            {
                var columns = new int[lanes];
                var identity = true;
                for (var ox = 0; ox < KernelPlan.Lanes; ox++)
                {
                    var column = ox * g.StrideWidth + kx * g.DilationWidth - g.PaddingWidth;
                    // Lanes past the row's last output column are computed and never stored: any column will do.
                    columns[ox] = ox >= g.OutputWidth ? 0 : column >= 0 && column < g.InputWidth ? column + shift : -1;
                    identity &= ox >= g.OutputWidth || columns[ox] == ox;
                }

                Taps.Add(identity ? null : new Pick(columns));
            }
        }

        public int Start { get; }

        public List<(int Row, int Ky)> Readers { get; }

        public List<Pick?> Taps { get; } = new();
    }

    // The loaded row's column for each lane of a tap, -1 for a lane in the padding.
    private sealed class Pick : System.IEquatable<Pick>
    {
        private readonly int[] _columns;

        public Pick(int[] columns) => _columns = columns;

        public bool HasPadding => _columns.Contains(-1);

        /// <summary>The permute's indices, <paramref name="padding"/> for the padding's lanes.</summary>
        public IEnumerable<int> Lanes(int padding) => _columns.Select(c => c < 0 ? padding : c);

        /// <summary>All bits set in the lanes that keep their column, none in the padding's.</summary>
        public IEnumerable<int> Keep => _columns.Take(KernelPlan.Lanes).Select(c => c < 0 ? 0 : -1);

        public bool Equals(Pick? other) => other is not null && _columns.SequenceEqual(other._columns);

        public override bool Equals(object? obj) => Equals(obj as Pick);

        public override int GetHashCode() => _columns.Aggregate(17, (h, l) => h * 31 + l);
    }
}

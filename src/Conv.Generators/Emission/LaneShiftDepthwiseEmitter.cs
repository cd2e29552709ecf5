using System.Collections.Generic;
using System.Linq;

namespace Conv.Generators.Emission;

/// <summary>
/// The lane-shift kernels of depthwise layers at column stride 1 with windows of 4 columns and more, of one output row or
/// with windows whose rows no kernel reuses (<see cref="KernelPlan.LaneShiftKernel"/>): output rows x vectors per step
/// (<see cref="KernelPlan.TileOf"/>), a kernel row at a time, each row of the step by column offset. On AVX-512
/// (Vector512) a step's row loads the input vectors it covers once each, a vector apart from its first column, and the
/// 16 columns that start at column p are those vectors' lanes shifted by p mod 16 (AlignRight32 of two neighbours),
/// where the other kernels load every tap's columns anew across cache lines; every third shift (and each whose upper
/// vector would lie past the last column the row reads) is a load instead, sharing the work between the load and
/// shuffle units. The 8- and 4-lane kernels (16 registers, no cross-lane shift in one instruction) load the columns at
/// p. Either way one vector of columns serves every output vector and tap that reads columns p.., so a row runs by
/// column offset: for each p modulo the lanes its taps' weights broadcast once, then each p. The sums take each
/// vector's taps in that order, which is the window's only where they fall in increasing offsets (most windows of up
/// to a vector's width): their results agree with the other kernels' to rounding, not always to the bit (each kernel's
/// own are the same on any thread).
/// </summary>
internal static class LaneShiftDepthwiseEmitter
{
    // Every third shift a load: interleaved Stopwatch prototypes on Zen 5, 256 channels x 1000 columns, a 31-tap window:
    // 102.2 us shifting all, 96.8 every second a load, 96.6 every third, 99.1 every fourth, 114.3 all loads.
    private const int LoadedShiftPeriod = 3;

    public static void WriteKernel(IndentedWriter w, KernelPlan plan, Simd simd, string? optimize)
    {
        var g = plan.G;
        var v = simd.Vector;
        var type = simd.Type;
        var lanes = simd.Lanes;
        var tile = plan.TileOf(simd);
        var vectors = tile.Vectors;
        var rows = tile.Rows;
        var shifts = KernelPlan.ShiftsLanes(simd);
        var offsets = KernelPlan.LaneShiftOffsets(g, vectors, lanes);
        var loaded = shifts ? KernelPlan.LaneShiftLoads(g, offsets, lanes) : 0;
        var weights = KernelPlan.LaneShiftWeights(g, offsets, lanes);
        var span = vectors * lanes;
        var width = g.OutputWidth;
        var height = g.OutputHeight;
        var unsafeAdd = Names.Unsafe + ".Add";
        // The channel's padded view, or its plane of the input read as it is.
        var input = plan.UsesScratch ? "view" : "x";
        var channel = plan.UsesScratch ? "" : $"o * {g.InputHeight * g.InputWidth}";
        var sums = Enumerable.Range(0, rows).SelectMany(r => offsets.Select((_, j) => $"a{r}_{j}")).ToList();

        var block = rows == 1 ? "" : $" x {rows} rows";
        var registers = simd.Registers > 16 ? $" ({simd.Registers} vector registers)" : "";
        w.Line($"// 1 output channel{block} x {vectors} vectors of {lanes} columns per step{registers}, by column offset: the columns at each");
        w.Line(shifts
            ? "// offset taken from the row's input vectors, loaded once, by a lane shift (or loaded, one in three), for every vector and tap that reads them."
            : "// offset loaded once for every vector and tap that reads them.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block(ForwardEmitter.KernelSignature(plan, simd)))
        using (w.Block("for (int o = oStart; o < oEnd; o++)"))
        {
            if (plan.UsesScratch) w.Line($"Pad(ref {unsafeAdd}(ref x, o * {g.InputHeight * g.InputWidth}), ref view);");
            w.Line($"ref float wo = ref {unsafeAdd}(ref weight, o * {plan.WindowLength});");
            w.Line($"ref float yo = ref {unsafeAdd}(ref y, o * {height * width});");
            w.Line($"{type} b = {(g.HasBias ? simd.Broadcast("bias![o]") : type + ".Zero")};");
            // Steps of rows and of columns, the last of each overlapping the one before where they do not divide the plane
            // (one step of columns for a row of fewer than the step's vectors: its own last vector overlaps).
            using (height == 1 ? null : Steps(w, rows, height, "step", "oy"))
            using (Steps(w, span, width, "column", "ox"))
            {
                w.Line($"{type} {string.Join(", ", sums.Select(a => $"{a} = b"))};");
                w.Line($"{type} s, {string.Join(", ", Enumerable.Range(0, weights).Select(i => $"k{i}"))};");
                using (g.KernelHeight == 1 ? null : w.For("ky", 0, g.KernelHeight))
                {
                    w.Line($"ref float wk = ref {(g.KernelHeight == 1 ? "wo" : $"{unsafeAdd}(ref wo, ky * {g.KernelWidth})")};");
                    for (var r = 0; r < rows; r++)
                    using (rows == 1 ? null : w.Block(""))
                    {
                        var at = string.Join(" + ", new[]
                        {
                            channel,
                            height == 1 ? "" : Names.Affine("oy", plan.RowStep, r * plan.RowStep),
                            g.KernelHeight == 1 ? "" : plan.RowTapExpression("ky"),
                            "ox",
                        }.Where(term => term.Length > 0 && term != "0"));
                        w.Line($"ref float row = ref {unsafeAdd}(ref {input}, {at});");
                        for (var m = 0; m < loaded; m++)
                            w.Line($"var x{m} = {v}.AsUInt32({simd.Load("row", (m * lanes).ToString())});");
                        WriteOffsets(w, g, simd, offsets, loaded, $"a{r}_");
                    }
                }

                for (var r = 0; r < rows; r++)
                for (var j = 0; j < vectors; j++)
                {
                    var at = height == 1 ? Names.Affine("ox", 1, offsets[j]) : $"{Names.Affine("oy", width, r * width + offsets[j])} + ox";
                    w.Line(simd.Store(simd.Activate($"a{r}_{j}", plan.Activation), $"{unsafeAdd}(ref yo, {at})"));
                }
            }
        }

        w.Line();
    }

    // A loop of steps of `step` over `length`, the last one moved back to end at the end: one turn where a step covers it.
    private static System.IDisposable Steps(IndentedWriter w, int step, int length, string counter, string variable)
    {
        var whole = length % step == 0 || step >= length;
        var loop = w.For(whole ? variable : counter, 0, length, step);
        if (!whole) w.Line($"int {variable} = {counter} < {length - step} ? {counter} : {length - step};");
        return loop;
    }

    // Each column p a tap of the step starts at, by p modulo the lanes then p: its readers' weights, then its columns
    // (a loaded input vector, a lane shift of two, or a load) and the multiply-adds of every (vector, tap) that reads them.
    private static void WriteOffsets(IndentedWriter w, Conv.Conv2dGeometry g, Simd simd, IReadOnlyList<int> offsets, int loaded, string sums)
    {
        var v = simd.Vector;
        var lanes = simd.Lanes;
        var shifts = 0;
        var all = KernelPlan.LaneShiftReaders(g, offsets);
        for (var shift = 0; shift < lanes; shift++)
        {
            var readers = all.Where(r => r.Column % lanes == shift).ToList();
            if (readers.Count == 0) continue;
            var taps = readers.Select(r => r.Tap).Distinct().OrderBy(t => t).ToList();
            w.Line($"// Columns {shift} past a vector's first.");
            for (var i = 0; i < taps.Count; i++) w.Line($"k{i} = {simd.Broadcast($"{Names.Unsafe}.Add(ref wk, {taps[i]})")};");
            foreach (var column in readers.GroupBy(r => r.Column).OrderBy(c => c.Key))
            {
                var first = column.Key / lanes;
                if (loaded == 0 || first + 1 >= loaded && shift != 0 || shift != 0 && ++shifts % LoadedShiftPeriod == 0)
                    w.Line($"s = {simd.Load("row", column.Key.ToString())};");
                else if (shift == 0) w.Line($"s = {v}.AsSingle(x{first});");
                else w.Line($"s = {v}.AsSingle({Names.Avx512F}.AlignRight32(x{first + 1}, x{first}, {shift}));");
                foreach (var reader in column) w.Line(simd.MultiplyAdd($"k{taps.IndexOf(reader.Tap)}", "s", sums + reader.Vector));
            }
        }
    }
}

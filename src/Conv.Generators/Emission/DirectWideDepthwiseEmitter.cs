using System.Linq;

namespace Conv.Generators.Emission;

/// <summary>
/// The AVX-512 kernel of <see cref="KernelPlan.DirectWideDepthwise"/> layers (depthwise, stride 1, 5x5 and 7x7 windows):
/// the 16-lane kernel over the view, reading the input as it is. The block of the wide tile (rows x every vector of a
/// row); one kernel column at a time, its weights held, each input vector loaded once for the output rows that read it.
/// A tap whose columns start before the row takes the row's first 16 columns moved up by lanes, zeros shifted in; one
/// whose columns end past the row, its last 16 moved down. Rows above and below the input are read from a zero row.
/// </summary>
internal static class DirectWideDepthwiseEmitter
{
    private const int Lanes = 16;

    public static void WriteKernel(IndentedWriter w, KernelPlan plan, string? optimize)
    {
        var g = plan.G;
        var simd = Simd.Vector512;
        var type = simd.Type;
        var tile = plan.TileOf(simd);
        var rows = tile.Rows;
        var inputRows = rows + g.KernelHeight - 1;
        var columns = Enumerable.Range(0, tile.Vectors).Select(c => System.Math.Min(c * Lanes, g.OutputWidth - Lanes)).ToList();
        var unsafeAdd = Names.Unsafe + ".Add";

        w.Line($"// 1 output channels x {rows} rows x {tile.Vectors} vectors of {Lanes} columns per step (32 vector registers), the input read as it");
        w.Line("// is, where the other kernels copy the channel into a padded view first: taps past a row's edge shifted in from its ends.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block(ForwardEmitter.KernelSignature(plan, simd)))
        {
            DirectDepthwiseEmitter.WriteZeroRow(w, g);
            w.Line($"{simd.Vector}<uint> zero = {simd.Vector}<uint>.Zero;");
            using (w.Block("for (int o = oStart; o < oEnd; o++)"))
            {
                w.Line($"ref float xc = ref {unsafeAdd}(ref x, o * {g.InputHeight * g.InputWidth});");
                w.Line($"ref float wo = ref {unsafeAdd}(ref weight, o * {plan.WindowLength});");
                w.Line($"float b0 = {(g.HasBias ? "bias![o]" : "0f")};");
                using (rows == g.OutputHeight ? null : w.For("step", 0, g.OutputHeight, rows))
                {
                    w.Line(rows == g.OutputHeight ? "const int oy = 0;" : $"int oy = step < {g.OutputHeight - rows} ? step : {g.OutputHeight - rows};");
                    DirectDepthwiseEmitter.WriteRowRefs(w, g, rows, inputRows);
                    for (var r = 0; r < rows; r++)
                        w.Line($"{type} {string.Join(", ", columns.Select((_, c) => $"acc{r}_{c} = {simd.Broadcast("b0")}"))};");
                    w.Line($"{type} xv;");
                    w.Line($"{type} {string.Join(", ", Enumerable.Range(0, g.KernelHeight).Select(ky => $"k{ky}"))};");
                    for (var kx = 0; kx < g.KernelWidth; kx++)
                    {
                        w.Line($"// Kernel column {kx}.");
                        for (var ky = 0; ky < g.KernelHeight; ky++)
                            w.Line($"k{ky} = {simd.Broadcast($"{unsafeAdd}(ref wo, {ky * g.KernelWidth + kx})")};");
                        for (var i = 0; i < inputRows; i++)
                        {
                            var readers = DirectDepthwiseEmitter.Readers(g, rows, i);
                            if (readers.Count == 0) continue;
                            for (var c = 0; c < columns.Count; c++)
                            {
                                w.Line($"xv = {Columns(g, simd, $"r{i}", columns[c] + kx - g.PaddingWidth)};");
                                foreach (var r in readers) w.Line(simd.MultiplyAdd($"k{i - r}", "xv", $"acc{r}_{c}"));
                            }
                        }
                    }

                    for (var r = 0; r < rows; r++)
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var at = $"o * {g.OutputHeight * g.OutputWidth} + {Names.Affine("oy", g.OutputWidth, r * g.OutputWidth + columns[c])}";
                        w.Line(simd.Store(simd.Activate($"acc{r}_{c}", plan.Activation), $"{unsafeAdd}(ref y, {at})"));
                    }
                }
            }
        }

        w.Line();
    }

    // Input columns start .. start + 15 of a row: one load inside the row; past its start, the first 16 columns moved up
    // by the lanes before column 0, zeros below them; past its end, the last 16 moved down, zeros above (AlignRight32 takes
    // its lanes from the upper vector's low end, then the lower one's).
    private static string Columns(Conv.Conv2dGeometry g, Simd simd, string row, int start)
    {
        var v = simd.Vector;
        const string zero = "zero";
        if (start < 0)
            return $"{v}.AsSingle({Names.Avx512F}.AlignRight32({v}.AsUInt32({simd.Load(row, "0")}), {zero}, {Lanes + start}))";
        if (start + Lanes > g.InputWidth)
            return $"{v}.AsSingle({Names.Avx512F}.AlignRight32({zero}, {v}.AsUInt32({simd.Load(row, (g.InputWidth - Lanes).ToString())}), {start + Lanes - g.InputWidth}))";
        return simd.Load(row, start.ToString());
    }
}

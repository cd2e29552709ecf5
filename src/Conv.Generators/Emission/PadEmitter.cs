using System;
using System.Linq;

namespace Conv.Generators.Emission;

/// <summary>
/// The <c>Pad</c> method a layer with a view writes: each group of input channels copied into the scratch view with the
/// padding filled in (per mode), at stride 2 split by column parity, or (<see cref="KernelPlan.Shifted"/>) copied once per
/// kernel column so that every tap of the output plane reads one run of positions.
/// </summary>
internal static class PadEmitter
{
    private const string V = "global::System.Runtime.Intrinsics.Vector256";
    private const string V128 = "global::System.Runtime.Intrinsics.Vector128";

    public static void Write(IndentedWriter w, KernelPlan plan, VectorCopies copies, string? optimize)
    {
        if (plan.Shifted) WriteShiftedPad(w, plan, copies, optimize);
        else WritePad(w, plan, copies, optimize);
    }

    private static void WritePad(IndentedWriter w, KernelPlan plan, VectorCopies copies, string? optimize)
    {
        var g = plan.G;
        var vector = copies == VectorCopies.Intrinsics;
        var zeros = g.PaddingMode == PaddingMode.Zeros;
        w.Line(zeros
            ? "// Copies one group of input channels into the view; the zero border is never written, so it stays zero."
            : $"// Copies one group of input channels into the view and fills its border as {g.PaddingMode} padding does.");
        if (plan.Flat) w.Line($"// Row r and column c land in phase plane (r % {plan.RowPhases}, c % {plan.ColumnStride}) at ({(plan.RowPhases > 1 ? $"r / {plan.RowPhases}" : "r")}, {(plan.ColumnStride > 1 ? $"c / {plan.ColumnStride}" : "c")}), so that the taps of the flat output row read contiguous memory.");
        else if (plan.ColumnStride > 1) w.Line($"// Column c of a padded row lands in phase c % {plan.ColumnStride}, so that strided taps read contiguous columns.");
        using (PadRows(w, plan, optimize, copies == VectorCopies.Numerics && NumericsCopyEmitter.SplitsShortRows(plan)))
        {
            if (plan.ColumnStride == 1)
            {
                // Rows are short: a copy written out beats a call to the runtime's memcpy for each one.
                WriteCopy(w, copies, "from", 0, "to", g.PaddingWidth, g.InputWidth);
            }
            else
            {
                // Phase p holds padded columns p, p + stride, ...: its input columns are a strided gather, no mapping.
                var stride = plan.ColumnStride;
                var phaseStride = plan.Flat ? plan.SubPlane : plan.PhaseWidth;
                if (stride == 2 && vector && g.InputWidth >= KernelPlan.Lanes) WriteDeinterleave(w, g, phaseStride, plan.AlignedView);
                else if (stride == 2 && copies == VectorCopies.Numerics) NumericsCopyEmitter.WriteDeinterleave(w, g, phaseStride, NumericsCopyEmitter.SplitsShortRows(plan));
                else if (stride == 4 && vector && g.InputWidth >= QuarterBlock)
                {
                    WriteQuarters(w, g, phaseStride);
                    using (w.Block("else"))
                        WritePhaseCopies(w, g, stride, phaseStride);
                }
                else if (stride > 4)
                {
                    // One loop per phase would make the file grow with the stride: one pass over the row instead.
                    WriteColumnByColumn(w, stride, phaseStride);
                }
                else WritePhaseCopies(w, g, stride, phaseStride);
            }

            if (!zeros && g.PaddingWidth > 0)
            {
                // The border columns of other padding modes, mapped into the row; where they land in the view.
                using (w.Block("for (int col = 0; col < PaddingWidth; col++)"))
                {
                    w.Line($"{Names.Unsafe}.Add(ref to, {plan.ViewColumnExpression("col")}) = {Names.Unsafe}.Add(ref from, global::Conv.PaddedIndex.Map(PaddingMode, col - PaddingWidth, InputWidth));");
                    var right = "PaddingWidth + InputWidth + col";
                    if (plan.ColumnStride > 1)
                    {
                        w.Line($"int right = {right};");
                        right = "right";
                    }

                    w.Line($"{Names.Unsafe}.Add(ref to, {plan.ViewColumnExpression(right)}) = {Names.Unsafe}.Add(ref from, global::Conv.PaddedIndex.Map(PaddingMode, InputWidth + col, InputWidth));");
                }
            }
        }

        w.Line();
    }

    // The view per kernel column (KernelPlan.Shifted): each padded row copied once per kx, shifted by kx * dilation,
    // OutputWidth values each; the copy ranges are constants, only the border of non-zero modes maps indices.
    private static void WriteShiftedPad(IndentedWriter w, KernelPlan plan, VectorCopies copies, string? optimize)
    {
        var g = plan.G;
        var vector = copies == VectorCopies.Intrinsics;
        var zeros = g.PaddingMode == PaddingMode.Zeros;
        w.Line("// Copies one group of input channels into the view: for each kernel column kx, every padded row from column");
        w.Line($"// kx * DilationWidth on, OutputWidth values{(plan.ColumnStride > 1 ? $" {plan.ColumnStride} columns apart" : "")}, so that the taps of the whole output plane read one run of positions.");
        if (!zeros) w.Line($"// The border is filled as {g.PaddingMode} padding does; zero padding is never written, so it stays zero.");
        else w.Line("// The zero border is never written, so it stays zero.");
        using (PadRows(w, plan, optimize, halves: false))
        {
            for (var kx = 0; kx < g.KernelWidth; kx++)
            {
                // Output column ox reads input column ox + shift.
                var shift = kx * g.DilationWidth - g.PaddingWidth;
                var sw = plan.ColumnStride;
                // Output column ox reads input column ox * sw + shift: those in [lo, hi] lie inside the row.
                var lo = shift >= 0 ? 0 : (-shift + sw - 1) / sw;
                var hi = g.InputWidth - 1 - shift < 0 ? -1 : Math.Min(g.OutputWidth - 1, (g.InputWidth - 1 - shift) / sw);
                var target = kx * plan.KernelColumnStride;
                if (hi >= lo && sw == 1)
                {
                    WriteCopy(w, copies, "from", lo + shift, "to", target + lo, hi - lo + 1);
                }
                else if (hi >= lo)
                {
                    using (w.Block(""))
                    {
                        w.Line($"int ox = {lo};");
                        // Stride 2: the even columns of sixteen loaded values, eight at a time, while the loads stay in the row.
                        var lastVector = Math.Min(hi - (KernelPlan.Lanes - 1), FloorDiv(g.InputWidth - 16 - shift, 2));
                        if (vector && sw == 2 && lastVector >= lo)
                        {
                            using (w.Block($"if ({V}.IsHardwareAccelerated)"))
                            {
                                w.Line(Halves);
                                using (w.Block($"for (; ox <= {lastVector}; ox += {KernelPlan.Lanes})"))
                                {
                                    SplitHalves(w, $"(nuint)({Names.Affine("ox", 2, shift)})", $"(nuint)({Names.Affine("ox", 2, shift + 8)})");
                                    w.Line($"{V}.StoreUnsafe({V}.Create({V}.GetLower(a), {V}.GetLower(b)), ref to, (nuint)({Names.Affine("ox", 1, target)}));");
                                }
                            }
                        }

                        if (copies == VectorCopies.Numerics && sw == 2) NumericsCopyEmitter.WriteEvenRun(w, g, hi, shift, target);

                        if (vector && sw == 2 && lastVector < lo && ShortStridedRun(g, lo, hi, shift))
                        {
                            using (w.Block($"if ({V}.IsHardwareAccelerated)"))
                                WriteShortStridedRun(w, g, lo, hi, shift, target);
                        }

                        using (w.Block($"for (; ox <= {hi}; ox++)"))
                            w.Line($"{Names.Unsafe}.Add(ref to, {Names.Affine("ox", 1, target)}) = {Names.Unsafe}.Add(ref from, {Names.Affine("ox", sw, shift)});");
                    }
                }

                if (zeros) continue;
                foreach (var (start, end) in new[] { (0, Math.Min(lo, g.OutputWidth) - 1), (Math.Max(hi + 1, 0), g.OutputWidth - 1) })
                {
                    if (end < start) continue;
                    using (w.For("ox", start, end + 1))
                        w.Line($"{Names.Unsafe}.Add(ref to, {Names.Affine("ox", 1, target)}) = {Names.Unsafe}.Add(ref from, global::Conv.PaddedIndex.Map(PaddingMode, {Names.Affine("ox", plan.ColumnStride, shift)}, InputWidth));");
                }
            }
        }

        w.Line();
    }

    // Stride 2, 4 to 7 output columns (rows of 8 to 15 input columns, as ResNet's 14x14 into 7x7): fewer than the 8 the
    // loop above needs. Taken where every input column the run reads lies within the row's first or last 8 values (in
    // rows of 17 and more, column 8 lies in neither).
    private static bool ShortStridedRun(Conv2dGeometry g, int lo, int hi, int shift) =>
        hi - lo + 1 is >= 4 and < KernelPlan.Lanes && g.InputWidth >= KernelPlan.Lanes
        && Enumerable.Range(lo, hi - lo + 1).All(ox => 2 * ox + shift < KernelPlan.Lanes || 2 * ox + shift >= g.InputWidth - KernelPlan.Lanes);

    // Output columns lo .. hi read input columns 2 * ox + shift: the first four and the last four of them (overlapping)
    // picked from the row's first and last 8 values by two shuffles and a select, stored as two 4-lane vectors, so that
    // nothing is written outside the run (the view's zero border stays zero). A Stopwatch prototype of ResNet-18's
    // layer4.0.conv1 spent 35.7 of its 1049 us copying the view one value at a time.
    private static void WriteShortStridedRun(IndentedWriter w, Conv2dGeometry g, int lo, int hi, int shift, int target)
    {
        var outputs = new[] { lo, lo + 1, lo + 2, lo + 3, hi - 3, hi - 2, hi - 1, hi };
        var columns = outputs.Select(ox => 2 * ox + shift).ToArray();
        var last = g.InputWidth - KernelPlan.Lanes;
        // A column in the first 8 values from those, else from the last 8.
        var fromFirst = columns.Select(c => c < KernelPlan.Lanes).ToArray();
        w.Line($"{V}<float> first = {V}.LoadUnsafe(ref from, 0), last = {V}.LoadUnsafe(ref from, {last});");
        w.Line($"{V}<float> picked = {V}.ConditionalSelect(");
        w.Line($"    {V}.AsSingle({V}.Create({string.Join(", ", fromFirst.Select(f => f ? -1 : 0))})),");
        w.Line($"    {V}.Shuffle(first, {V}.Create({string.Join(", ", columns.Select((c, i) => fromFirst[i] ? c : 0))})),");
        w.Line($"    {V}.Shuffle(last, {V}.Create({string.Join(", ", columns.Select((c, i) => fromFirst[i] ? 0 : c - last))})));");
        w.Line($"{V128}.StoreUnsafe({V}.GetLower(picked), ref to, {target + lo});");
        w.Line($"{V128}.StoreUnsafe({V}.GetUpper(picked), ref to, {target + hi - 3});");
        w.Line($"ox = {hi + 1};");
    }

    // What both Pad writers open with: the method, its loops over channels and the padded rows read, and each row's
    // source (the input row its padding mode maps it to; zero padding skips it) and target in the view.
    // halves: the method starts with NumericsCopyEmitter's stack buffer.
    private static IDisposable PadRows(IndentedWriter w, KernelPlan plan, string? optimize, bool halves)
    {
        var g = plan.G;
        var (first, end, step) = plan.CopiedRows;
        if (step > 1) w.Line($"// Only rows {first}, {first} + {step}, ... are read: the others are not copied.");
        if (plan.PadsRowRanges) w.Line("// Rows [rStart, rEnd) of the padded input: a kernel that reads the view in bands pads each band's rows just before it.");
        if (optimize is not null) w.Line(optimize);
        // A shared view is padded by every part of a parallel call, each its range of channels.
        var method = plan.PadsRowRanges
            ? w.Block("private static void Pad(ref float source, ref float view, int cStart, int cEnd, int rStart, int rEnd)")
            : plan.SharedView || plan.ChannelChunk > 0
            ? w.Block("private static void Pad(ref float source, ref float view, int cStart, int cEnd)")
            : w.Block("private static void Pad(ref float source, ref float view)");
        if (halves) NumericsCopyEmitter.WriteHalvesBuffer(w);
        var blocks = new[]
        {
            method,
            plan.SharedView || plan.ChannelChunk > 0 ? w.Block("for (int c = cStart; c < cEnd; c++)") : w.For("c", 0, g.InChannelsPerGroup),
            plan.PadsRowRanges ? w.Block("for (int r = rStart; r < rEnd; r++)")
            : w.Block($"for (int r = {first}; r < {end}; {(step == 1 ? "r++" : $"r += {step}")})"),
        };
        // Zero padding: the loop runs over the input's rows only, and the rows around them stay zero.
        w.Line(g.PaddingMode == PaddingMode.Zeros ? "int row = r - PaddingHeight;" : "int row = global::Conv.PaddedIndex.Map(PaddingMode, r - PaddingHeight, InputHeight);");
        w.Line($"ref float from = ref {Names.Unsafe}.Add(ref source, (c * InputHeight + row) * InputWidth);");
        w.Line($"ref float to = ref {Names.Unsafe}.Add(ref view, c * {plan.PlaneStride} + {plan.ViewRowExpression("r")});");
        return new Closing(blocks);
    }

    private sealed class Closing : IDisposable
    {
        private readonly IDisposable[] _blocks;

        public Closing(IDisposable[] blocks) => _blocks = blocks;

        public void Dispose()
        {
            for (var i = _blocks.Length - 1; i >= 0; i--) _blocks[i].Dispose();
        }
    }

    private static int FloorDiv(int a, int b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private const string Halves = V + "<int> halves = " + V + ".Create(0, 2, 4, 6, 1, 3, 5, 7);";

    // Eight columns of the source row loaded at the index and shuffled into their even four then their odd four
    // (within each 128-bit lane): the lower half holds the even columns, the upper half the odd.
    private static string LoadHalves(string name, string index) => $"{V}<float> {name} = {V}.Shuffle({V}.LoadUnsafe(ref from, {index}), halves);";

    // Sixteen columns of the source row, loaded at the two indices: a's and b's lower halves are the even columns,
    // their upper halves the odd.
    private static void SplitHalves(IndentedWriter w, string first, string second)
    {
        w.Line(LoadHalves("a", first));
        w.Line(LoadHalves("b", second));
    }

    // Stride 2: sixteen input columns at a time split into their even and odd halves with two in-lane shuffles,
    // each half stored whole into its phase; the last columns eight at a time, the last eight overlapping the ones
    // before (equal values written twice). Rows under eight columns, and processors without vectors, one by one.
    private static void WriteDeinterleave(IndentedWriter w, Conv2dGeometry g, int phaseStride, bool aligned)
    {
        string At(int col) => HalfColumn(col, phaseStride).ToString();
        // Where the column src + parity (parity 0: the even one, 1: the odd one) lands, for a running src.
        var evenPhase = g.PaddingWidth % 2;
        string Running(int parity) =>
            $"(nuint)({Names.Affine("src", 1, g.PaddingWidth + parity)}) / 2{(evenPhase == parity ? "" : $" + {phaseStride}")}";
        var whole = g.InputWidth / 16 * 16;
        var wide = aligned && g.InputWidth >= 2 * WideLanes;
        if (wide) WriteWideDeinterleave(w, g, At, Running);
        using (w.Block($"{(wide ? "else " : "")}if ({V}.IsHardwareAccelerated)"))
        {
            w.Line(Halves);
            if (whole > 0)
            {
                using (w.For("src", 0, whole, 16))
                {
                    SplitHalves(w, "(nuint)src", "(nuint)src + 8");
                    w.Line($"{V}.StoreUnsafe({V}.Create({V}.GetLower(a), {V}.GetLower(b)), ref to, {Running(0)});");
                    w.Line($"{V}.StoreUnsafe({V}.Create({V}.GetUpper(a), {V}.GetUpper(b)), ref to, {Running(1)});");
                }
            }

            for (var start = whole; start < g.InputWidth; start += KernelPlan.Lanes)
            {
                var src = Math.Min(start, g.InputWidth - KernelPlan.Lanes);
                using (w.Block(""))
                {
                    w.Line(LoadHalves("a", src.ToString()));
                    w.Line($"{V128}.StoreUnsafe({V}.GetLower(a), ref to, {At(src + g.PaddingWidth)});");
                    w.Line($"{V128}.StoreUnsafe({V}.GetUpper(a), ref to, {At(src + 1 + g.PaddingWidth)});");
                }
            }
        }

        // Vector128 (SSE, AdvSimd): eight columns as two vectors of four, each shuffled into its even pair then its odd pair,
        // the pairs joined as doubles (Vector64, which GetLower would return, is not accelerated on x64).
        using (w.Block($"else if ({V128}.IsHardwareAccelerated)"))
        {
            w.Line($"var pairs = {V128}.Create(0, 2, 1, 3);");
            void Split(string src, string even, string odd)
            {
                w.Line($"var a = {V128}.AsDouble({V128}.Shuffle({V128}.LoadUnsafe(ref from, {src}), pairs));");
                w.Line($"var b = {V128}.AsDouble({V128}.Shuffle({V128}.LoadUnsafe(ref from, {src} + 4), pairs));");
                w.Line($"{V128}.StoreUnsafe({V128}.AsSingle({V128}.Create({V128}.ToScalar(a), {V128}.ToScalar(b))), ref to, {even});");
                w.Line($"{V128}.StoreUnsafe({V128}.AsSingle({V128}.Create({V128}.GetElement(a, 1), {V128}.GetElement(b, 1))), ref to, {odd});");
            }

            var eights = g.InputWidth / KernelPlan.Lanes * KernelPlan.Lanes;
            using (w.For("src", 0, eights, KernelPlan.Lanes))
                Split("(nuint)src", Running(0), Running(1));
            if (eights < g.InputWidth)
            {
                var last = g.InputWidth - KernelPlan.Lanes;
                using (w.Block(""))
                    Split(last.ToString(), At(last + g.PaddingWidth), At(last + 1 + g.PaddingWidth));
            }
        }

        using (w.Block("else"))
            WriteColumnByColumn(w, 2, phaseStride);
    }

    private const int WideLanes = 16;
    private const string V512 = "global::System.Runtime.Intrinsics.Vector512";

    // The view of KernelPlan.AlignedView: 32 input columns at a time split by two two-source permutes into their 16 even
    // and 16 odd columns, each stored whole; in that view the stores of every full block start on a cache line. The last
    // block overlaps the one before from an even column (equal values written twice); in a row of odd width its last
    // column, which that block cannot reach, is copied on its own.
    private static void WriteWideDeinterleave(IndentedWriter w, Conv2dGeometry g, Func<int, string> at, Func<int, string> running)
    {
        var permute = Names.Avx512F + ".PermuteVar16x32x2";
        using (w.Block($"if ({Names.Avx512F}.IsSupported)"))
        {
            w.Line($"var even = {V512}.Create({string.Join(", ", Enumerable.Range(0, WideLanes).Select(i => 2 * i))});");
            w.Line($"var odd = {V512}.Create({string.Join(", ", Enumerable.Range(0, WideLanes).Select(i => 2 * i + 1))});");
            void Split(string src, string evenAt, string oddAt)
            {
                w.Line($"{V512}<float> a = {V512}.LoadUnsafe(ref from, {src});");
                w.Line($"{V512}<float> b = {V512}.LoadUnsafe(ref from, {src} + {WideLanes});");
                w.Line($"{V512}.StoreUnsafe({permute}(a, even, b), ref to, {evenAt});");
                w.Line($"{V512}.StoreUnsafe({permute}(a, odd, b), ref to, {oddAt});");
            }

            var block = 2 * WideLanes;
            var whole = g.InputWidth / block * block;
            using (w.For("src", 0, whole, block))
                Split("(nuint)src", running(0), running(1));
            if (whole == g.InputWidth) return;
            var last = (g.InputWidth - block) & ~1;
            using (w.Block(""))
                Split($"(nuint){last}", at(last + g.PaddingWidth), at(last + 1 + g.PaddingWidth));
            if (last + block < g.InputWidth)
                w.Line($"{Names.Unsafe}.Add(ref to, {at(g.InputWidth - 1 + g.PaddingWidth)}) = {Names.Unsafe}.Add(ref from, {g.InputWidth - 1});");
        }
    }

    /// <summary>A row split into its column phases one value at a time: padded column col lands in phase col % stride.</summary>
    private static void WriteColumnByColumn(IndentedWriter w, int stride, int phaseStride)
    {
        using (w.Block("for (int src = 0; src < InputWidth; src++)"))
        {
            w.Line("int col = src + PaddingWidth;");
            w.Line($"{Names.Unsafe}.Add(ref to, col % {stride} * {phaseStride} + col / {stride}) = {Names.Unsafe}.Add(ref from, src);");
        }
    }

    /// <summary>Where padded column <paramref name="col"/> (a constant) lands in a row split in two phases: phase col % 2, position col / 2.</summary>
    internal static int HalfColumn(int col, int phaseStride) => col % 2 * phaseStride + col / 2;

    // Phase p of the row, one value at a time: its input columns are p - PaddingWidth, p - PaddingWidth + stride, ...
    internal static void WritePhaseCopies(IndentedWriter w, Conv2dGeometry g, int stride, int phaseStride)
    {
        for (var phase = 0; phase < stride; phase++)
        {
            // j such that phase + stride * j - PaddingWidth lies in [0, InputWidth)
            var first = Math.Max(0, (g.PaddingWidth - phase + stride - 1) / stride);
            var last = (g.PaddingWidth + g.InputWidth - 1 - phase) / stride;
            if (last < first) continue;
            var source = phase - g.PaddingWidth;
            using (w.For("j", first, last + 1))
                w.Line($"{Names.Unsafe}.Add(ref to, {Names.Affine("j", 1, phase * phaseStride)}) = {Names.Unsafe}.Add(ref from, {Names.Affine("j", stride, source)});");
        }
    }

    private const int QuarterBlock = 32;

    // Stride 4 (ConvNeXt's 4x4 stem, AlexNet's 11x11 first layer): 32 input columns at a time, four loads of 8 each
    // shuffled into the pairs (x, x + 4) of each phase, then a 4x4 transpose of those pairs gives each phase 8 values,
    // stored whole; the last 32 columns overlapping the ones before (equal values written twice); with Vector128 16 at a
    // time. One value at a time (else branch) without vectors. A store per value took about 40 of ConvNeXt-T's stem's
    // 330 us.
    private static void WriteQuarters(IndentedWriter w, Conv2dGeometry g, int phaseStride)
    {
        // Where a block's columns start + k, start + k + 4, ... land: padded column start + k + PaddingWidth gives the phase
        // and the position (start is a multiple of 4 in the loop, a constant after it).
        string Target(int k, string running, int constant)
        {
            var at = (constant + k + g.PaddingWidth) % 4 * phaseStride + (constant + k + g.PaddingWidth) / 4;
            return running.Length == 0 ? at.ToString() : at == 0 ? running : $"{running} + {at}";
        }
        // The row in blocks of size columns: a loop over the whole blocks, then one block ending at the row's end.
        void Blocks(int size, Action<string, Func<int, string>> write)
        {
            var whole = g.InputWidth / size * size;
            if (whole > 0)
                using (w.For("src", 0, whole, size))
                    write("(nuint)src", k => Target(k, "(nuint)src / 4", 0));
            if (whole < g.InputWidth)
            {
                var last = g.InputWidth - size;
                using (w.Block(""))
                    write(last.ToString(), k => Target(k, "", last));
            }
        }

        using (w.Block($"if ({V}.IsHardwareAccelerated)"))
        {
            w.Line($"{V}<int> quarters = {V}.Create(0, 4, 1, 5, 2, 6, 3, 7);");
            w.Line($"{V}<long> pairs = {V}.Create(0L, 2, 1, 3);");
            Blocks(QuarterBlock, (start, target) => WriteQuarterBlock(w, start, target));
        }

        // Vector128 (SSE, as NativeAOT's default x64 target, and AdvSimd): 16 columns at a time, a 4x4 transpose by
        // in-vector shuffles and doubles joined in pairs.
        using (w.Block($"else if ({V128}.IsHardwareAccelerated)"))
        {
            w.Line($"var pairs128 = {V128}.Create(0, 2, 1, 3);");
            Blocks(16, (start, target) => WriteQuarterBlock128(w, start, target));
        }
    }

    // Columns start .. start + 15 as four vectors of 4: each shuffled to (0, 2, 1, 3) and joined by doubles with the
    // next, twice, so that phase k gets columns k, k + 4, k + 8, k + 12.
    private static void WriteQuarterBlock128(IndentedWriter w, string start, Func<int, string> target)
    {
        string Load(int i) => $"{V128}.AsDouble({V128}.Shuffle({V128}.LoadUnsafe(ref from, {start}{(i == 0 ? "" : $" + {4 * i}")}), pairs128))";
        string Join(string a, string b, int element) =>
            $"{V128}.AsDouble({V128}.Shuffle({V128}.AsSingle({V128}.Create({V128}.GetElement({a}, {element}), {V128}.GetElement({b}, {element}))), pairs128))";
        for (var i = 0; i < 4; i++) w.Line($"var q{i} = {Load(i)};");
        // q0 = (x0, x2), (x1, x3); evens01 = (x0, x4), (x2, x6); odds01 = (x1, x5), (x3, x7); the same for columns 8-15.
        w.Line($"var evens01 = {Join("q0", "q1", 0)};");
        w.Line($"var odds01 = {Join("q0", "q1", 1)};");
        w.Line($"var evens23 = {Join("q2", "q3", 0)};");
        w.Line($"var odds23 = {Join("q2", "q3", 1)};");
        var phases = new[] { ("evens", 0), ("odds", 0), ("evens", 1), ("odds", 1) };
        for (var k = 0; k < 4; k++)
        {
            var (source, element) = phases[k];
            w.Line($"{V128}.StoreUnsafe({V128}.AsSingle({V128}.Create({V128}.GetElement({source}01, {element}), {V128}.GetElement({source}23, {element}))), ref to, {target(k)});");
        }
    }

    // Columns start .. start + 31: double k of each shuffled load holds columns (k, k + 4) of its 8, so the 4x4 transpose
    // of the loads' doubles gives phase k its columns k, k + 4, ..., k + 28 in order.
    private static void WriteQuarterBlock(IndentedWriter w, string start, Func<int, string> target)
    {
        for (var i = 0; i < 4; i++)
            w.Line($"var q{i} = {V}.AsDouble({V}.Shuffle({V}.LoadUnsafe(ref from, {start}{(i == 0 ? "" : $" + {8 * i}")}), quarters));");
        w.Line($"var low01 = {V}.Shuffle({V}.Create({V}.GetLower(q0), {V}.GetLower(q1)), pairs);");
        w.Line($"var low23 = {V}.Shuffle({V}.Create({V}.GetLower(q2), {V}.GetLower(q3)), pairs);");
        w.Line($"var high01 = {V}.Shuffle({V}.Create({V}.GetUpper(q0), {V}.GetUpper(q1)), pairs);");
        w.Line($"var high23 = {V}.Shuffle({V}.Create({V}.GetUpper(q2), {V}.GetUpper(q3)), pairs);");
        w.Line($"{V}.StoreUnsafe({V}.AsSingle({V}.Create({V}.GetLower(low01), {V}.GetLower(low23))), ref to, {target(0)});");
        w.Line($"{V}.StoreUnsafe({V}.AsSingle({V}.Create({V}.GetUpper(low01), {V}.GetUpper(low23))), ref to, {target(1)});");
        w.Line($"{V}.StoreUnsafe({V}.AsSingle({V}.Create({V}.GetLower(high01), {V}.GetLower(high23))), ref to, {target(2)});");
        w.Line($"{V}.StoreUnsafe({V}.AsSingle({V}.Create({V}.GetUpper(high01), {V}.GetUpper(high23))), ref to, {target(3)});");
    }

    // Copies count values from source[sourceStart] to target[targetStart], all constants: Vector256 loads eight at a
    // time, the last eight overlapping the ones before; under eight, two overlapping Vector128 copies; under four, one
    // by one; System.Numerics vectors for netstandard2.0 consumers (NumericsCopyEmitter). Rows here are short: a copy
    // written out beats a call to the runtime's memcpy for each one.
    internal static void WriteCopy(IndentedWriter w, VectorCopies copies, string source, int sourceStart, string target, int targetStart, int count)
    {
        var vector = copies == VectorCopies.Intrinsics;
        if (copies == VectorCopies.Numerics && count >= 4) NumericsCopyEmitter.WriteCopy(w, source, sourceStart, target, targetStart, count);
        else if (vector && count >= KernelPlan.Lanes)
        {
            if (count > KernelPlan.Lanes)
            {
                using (w.For("i", 0, count - KernelPlan.Lanes, KernelPlan.Lanes))
                    w.Line($"{V}.StoreUnsafe({V}.LoadUnsafe(ref {source}, (nuint)({Names.Affine("i", 1, sourceStart)})), ref {target}, (nuint)({Names.Affine("i", 1, targetStart)}));");
            }
            w.Line($"{V}.StoreUnsafe({V}.LoadUnsafe(ref {source}, {sourceStart + count - KernelPlan.Lanes}), ref {target}, {targetStart + count - KernelPlan.Lanes});");
        }
        else if (vector && count >= 4)
        {
            w.Line($"{V128}.StoreUnsafe({V128}.LoadUnsafe(ref {source}, {sourceStart}), ref {target}, {targetStart});");
            if (count > 4) w.Line($"{V128}.StoreUnsafe({V128}.LoadUnsafe(ref {source}, {sourceStart + count - 4}), ref {target}, {targetStart + count - 4});");
        }
        else
        {
            using (w.For("i", 0, count))
                w.Line($"{Names.Unsafe}.Add(ref {target}, {Names.Affine("i", 1, targetStart)}) = {Names.Unsafe}.Add(ref {source}, {Names.Affine("i", 1, sourceStart)});");
        }
    }
}

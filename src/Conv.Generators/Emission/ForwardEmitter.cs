using System;
using System.Collections.Generic;
using System.Linq;
using Conv.Generators.Model;

namespace Conv.Generators.Emission;

/// <summary>
/// Writes <c>Forward</c> specialised for one geometry (see <see cref="KernelPlan"/>): the padding copied once
/// per batch item and channel group into a per-thread scratch view, then a valid convolution over that view whose
/// loop bounds and offsets are constants, blocked in registers over output channels, rows and (Vector256) columns,
/// with the kernel window (and small channel groups) written out as fused multiply-adds.
/// </summary>
internal static class ForwardEmitter
{
    private const string V = "global::System.Runtime.Intrinsics.Vector256";
    private const string V128 = "global::System.Runtime.Intrinsics.Vector128";

    /// <summary>The kernels a layer of this geometry gets on the targets the consumer's compilation can run.</summary>
    public static KernelPlan Plan(Conv2dGeometry g, TargetCapabilities capabilities, ActivationModel activation) =>
        new(g, capabilities.HasVector256
            ? capabilities.HasAvx512
                ? new[] { Simd.Vector512, Simd.Avx512, Simd.Vector256, Simd.Vector128, Simd.Scalar }
                : new[] { Simd.Vector256, Simd.Vector128, Simd.Scalar }
            : capabilities.HasNumericsVector ? new[] { Simd.Numerics512, Simd.Numerics, Simd.Numerics128, Simd.Scalar } : new[] { Simd.Scalar })
        {
            Activation = activation,
        };

    public static void Write(IndentedWriter w, string name, KernelPlan plan, TargetCapabilities capabilities)
    {
        // Every method on the hot path goes straight to optimised code: timings do not depend on JIT tiers.
        var optimize = capabilities.HasAggressiveOptimization
            ? "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]"
            : null;
        WritePublicOverloads(w, name, plan, optimize);
        if (plan.Kernels.Contains(Simd.Vector128)) WriteMultiplyAdd(w);
        if (plan.Dot)
        {
            if (plan.UsesScratch) DotEmitter.WriteGather(w, plan, optimize);
            foreach (var simd in plan.Kernels) DotEmitter.WriteKernel(w, plan, simd, optimize);
            return;
        }

        if (plan.UsesScratch)
            PadEmitter.Write(w, plan, capabilities.HasVector256 ? VectorCopies.Intrinsics : capabilities.HasNumericsVector ? VectorCopies.Numerics : VectorCopies.None, optimize);
        foreach (var simd in plan.GeneralKernels) WriteKernel(w, plan, simd, optimize);
        if (plan.BatchChannelVectors) ChannelEmitter.WriteKernels(w, plan, optimize);
        if (plan.DirectDepthwise) DirectDepthwiseEmitter.WriteKernel(w, plan, optimize);
        if (plan.DirectWideDepthwise) DirectWideDepthwiseEmitter.WriteKernel(w, plan, optimize);
        foreach (var simd in plan.Kernels.Where(plan.LaneShiftKernel)) LaneShiftDepthwiseEmitter.WriteKernel(w, plan, simd, optimize);
        foreach (var simd in plan.Kernels.Where(plan.ShortRowKernel)) ShortRowDepthwiseEmitter.WriteKernel(w, plan, simd, optimize);
    }

    // The Vector128 kernels' multiply-add. AdvSimd.IsSupported is a constant to the JIT and to NativeAOT, so each
    // target compiles one branch: ARM64 one fused instruction (fmla, as fast as a multiply alone); x64 without FMA (SSE,
    // or AVX without AVX2, where Forward runs these kernels) a multiply, then an add.
    private static void WriteMultiplyAdd(IndentedWriter w)
    {
        w.Line("// left * right + addend: fused (rounded once) on ARM64; multiplied, then added, on x64 processors without FMA.");
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static {Simd.Vector128.Type} MultiplyAdd({Simd.Vector128.Type} left, {Simd.Vector128.Type} right, {Simd.Vector128.Type} addend) =>");
        w.Line("    global::System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported ? global::System.Runtime.Intrinsics.Arm.AdvSimd.FusedMultiplyAdd(addend, left, right) : addend + left * right;");
        w.Line();
    }

    private static void WritePublicOverloads(IndentedWriter w, string name, KernelPlan plan, string? optimize)
    {
        if (plan.UsesScratch)
        {
            w.Line(plan.AlignedView
                ? "// Scratch view of one padded channel group, one per thread: allocated on first use (pinned, its rows on cache lines), then reused."
                : "// Scratch view of one padded channel group, one per thread: allocated on first use, then reused.");
            w.Line("[global::System.ThreadStatic]");
            w.Line("private static float[]? t_view;");
            w.Line();
        }

        if (plan.Flat)
        {
            w.Line("// The flat output rows of one block of output channels, one per thread, before they are copied out.");
            w.Line("[global::System.ThreadStatic]");
            w.Line("private static float[]? t_flat;");
            w.Line();
        }

        w.Line("/// <summary>Runs the layer on a batch: <paramref name=\"input\"/> holds batch x <see cref=\"InputLength\"/> NCHW values, <paramref name=\"output\"/> receives batch x <see cref=\"OutputLength\"/>.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">A span has the wrong length, or the spans overlap; nothing is written then.</exception>");
        if (optimize is not null) w.Line(optimize);
        using (w.Block($"public void Forward({Names.Nchw} {Names.ReadOnlySpan} input, {Names.Nchw} {Names.Span} output)"))
        {
            w.Line($"int batch = {Names.Lengths}.RequireBatch(\"{name}.Forward\", InputLength, OutputLength, input.Length, output.Length);");
            w.Line($"{Names.Lengths}.RequireDisjoint(\"{name}.Forward\", input, output);");
            w.Line("float[]? bias = Bias;");
            WriteBuffers(w, plan, OwnWeight(plan), "input", "output", "t_view", "t_flat");
            if (plan.BatchChannelVectors)
            {
                using (w.Block($"if ({ChannelEmitter.RunsItems(plan, "batch")})"))
                {
                    w.Line($"float[]? rearranged = {ChannelEmitter.RearrangedMethod}();");
                    var step = plan.ChannelItems.ToString();
                    if (plan.KeptChannelItems == plan.ChannelItems)
                    {
                        w.Line($"// Up to {plan.ChannelItems} items at a time share each rearrangement of the weights, or the kept one.");
                    }
                    else
                    {
                        w.Line($"// Up to {plan.ChannelItems} items at a time share each rearrangement of the weights; over the kept one, as many as stay in");
                        w.Line($"// the cache ({plan.KeptChannelItems}), since every block of output channels reads their inputs again.");
                        w.Line($"int step = rearranged is null ? {plan.ChannelItems} : {plan.KeptChannelItems};");
                        step = "step";
                    }

                    using (w.Block($"for (int n = 0; n < batch; n += {step})"))
                        w.Line($"{ChannelEmitter.ItemsKernel}(ref {Names.Unsafe}.Add(ref x, n * InputLength), {ScratchArguments(plan)}ref weight, bias, ref {Names.Unsafe}.Add(ref y, n * OutputLength), 0, OutChannels, batch - n < {step} ? batch - n : {step}, rearranged);");
                    w.Line("return;");
                }

                w.Line();
            }

            using (w.Block("for (int n = 0; n < batch; n++)"))
                w.Line($"ForwardItem(ref {Names.Unsafe}.Add(ref x, n * InputLength), {ScratchArguments(plan)}ref weight, bias, ref {Names.Unsafe}.Add(ref y, n * OutputLength), 0, OutChannels{Padded(plan, "false")});");
        }

        w.Line();
        WriteParallelOverload(w, name, plan, optimize);
        WriteRun(w, plan, optimize);
        w.Line();
        WriteAllocatingForward(w, name);

        w.Line();
    }

    /// <summary>The <c>Forward</c> overload that allocates its output, which every layer type has.</summary>
    public static void WriteAllocatingForward(IndentedWriter w, string name)
    {
        w.Line("/// <summary>Runs the layer on a batch and returns a new NCHW output of batch x <see cref=\"OutputLength\"/> values.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The input length is not a positive multiple of <see cref=\"InputLength\"/>.</exception>");
        w.Line("[return: global::Conv.Layout(global::Conv.TensorLayout.Nchw)]");
        using (w.Block($"public float[] Forward({Names.Nchw} {Names.ReadOnlySpan} input)"))
        {
            w.Line($"float[] output = new float[{Names.Lengths}.RequireOutputLength(\"{name}.Forward\", InputLength, OutputLength, input.Length)];");
            w.Line("Forward(input, output);");
            w.Line("return output;");
        }
    }

    /// <summary>
    /// The layer's weight array as its own code reads it: where the layer keeps rearranged weights (BatchChannelVectors),
    /// not through the Weight property, which hands the array out and so stops the keeping.
    /// </summary>
    internal static string OwnWeight(KernelPlan plan) => plan.BatchChannelVectors ? ChannelEmitter.OwnWeightProperty : "Weight";

    // The refs a batch loop hands to ForwardItem: weights, input and output, and the scratch held in the given
    // places (allocated there on first use).
    private static void WriteBuffers(IndentedWriter w, KernelPlan plan, string weights, string input, string output, string view, string flat)
    {
        w.Line($"ref float weight = ref {weights}[0];");
        w.Line($"ref float x = ref {Names.MemoryMarshal}.GetReference({input});");
        w.Line($"ref float y = ref {Names.MemoryMarshal}.GetReference({output});");
        if (plan.AlignedView) w.Line($"ref float view = ref global::Conv.AlignedScratch.Get(ref {view}, {plan.ScratchLength}, {plan.AlignedIndex});");
        else if (plan.UsesScratch) w.Line($"ref float view = ref ({view} ?? ({view} = new float[{plan.ScratchLength}]))[0];");
        if (plan.Flat) w.Line($"ref float flat = ref ({flat} ?? ({flat} = new float[{plan.FlatScratchLength}]))[0];");
    }

    // ", padded" where a parallel call hands the kernels a view it padded already (SharedView).
    private static string Padded(KernelPlan plan, string value) => plan.SharedView ? ", " + value : "";

    // Every kernel takes what ForwardItem hands it, whichever of the scratch it uses.
    internal static string KernelSignature(KernelPlan plan, Simd simd) =>
        $"private static void {simd.KernelName}(ref float x, {ScratchParameters(plan)}ref float weight, float[]? bias, ref float y, int oStart, int oEnd{Padded(plan, "bool padded")})";

    internal static string ScratchParameters(KernelPlan plan) => (plan.UsesScratch ? "ref float view, " : "") + (plan.Flat ? "ref float flat, " : "");

    internal static string ScratchArguments(KernelPlan plan) => (plan.UsesScratch ? "ref view, " : "") + (plan.Flat ? "ref flat, " : "");

    // One batch item, output channels [oStart, oEnd) (multiples of the channel block): the caller's scratch, then
    // the widest kernel the processor accelerates (the JIT folds these checks to one call).
    private static void WriteRun(IndentedWriter w, KernelPlan plan, string? optimize)
    {
        w.Line("// One batch item, output channels [oStart, oEnd), with the caller's scratch.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block($"private static void ForwardItem(ref float x, {ScratchParameters(plan)}ref float weight, float[]? bias, ref float y, int oStart, int oEnd{Padded(plan, "bool padded")})"))
        {
            var call = $"(ref x, {ScratchArguments(plan)}ref weight, bias, ref y, oStart, oEnd{Padded(plan, "padded")});";
            var kernels = plan.Kernels;
            for (var i = 0; i < kernels.Count; i++)
            {
                var simd = kernels[i];
                if (simd.Condition is null)
                {
                    w.Line((i == 0 ? "" : "else ") + simd.KernelName + call);
                    continue;
                }

                w.Line($"{(i == 0 ? "if" : "else if")} ({simd.Condition})");
                w.Line($"    {simd.KernelName}{call}");
            }
        }

        w.Line();
    }

    // How many dense multiply-adds one depthwise multiply-add counts as when a parallel call is split (see below).
    private const int DepthwiseWork = 8;

    // Forward over Memory, split over threads by batch items and blocks of output channels. Each output is computed
    // by the same kernel code and blocking as on one thread, so the results are the same to the bit.
    private static void WriteParallelOverload(IndentedWriter w, string name, KernelPlan plan, string? optimize)
    {
        var blocks = plan.G.OutChannels / plan.ChannelUnit;
        const string Memory = "global::System.Memory<float>";
        const string ReadOnlyMemory = "global::System.ReadOnlyMemory<float>";
        w.Line("/// <summary>");
        w.Line("/// Runs the layer on a batch on up to <paramref name=\"maxDegreeOfParallelism\"/> threads (-1: every processor),");
        w.Line("/// split by batch items and blocks of output channels; a call too small to pay for a second thread runs on this one.");
        w.Line("/// The results are those of the single-threaded <c>Forward</c>, to the bit.");
        w.Line("/// </summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">A buffer has the wrong length, or the buffers overlap; nothing is written then.</exception>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"maxDegreeOfParallelism\"/> is 0 or less than -1.</exception>");
        using (w.Block($"public void Forward({Names.Nchw} {ReadOnlyMemory} input, {Names.Nchw} {Memory} output, int maxDegreeOfParallelism)"))
        {
            w.Line($"int batch = {Names.Lengths}.RequireBatch(\"{name}.Forward\", InputLength, OutputLength, input.Length, output.Length);");
            w.Line($"{Names.Lengths}.RequireDisjoint(\"{name}.Forward\", input.Span, output.Span);");
            // A depthwise multiply-add takes several times a dense one (its per-channel copy and loop; 20-65% of the FMA peak
            // against 80-99%): the split counts each as that many, so that a layer worth two threads gets them.
            var work = plan.IsDepthwiseLayer ? plan.G.MultiplyAdds * DepthwiseWork : plan.G.MultiplyAdds;
            if (plan.IsDepthwiseLayer) w.Line($"// Each depthwise multiply-add counted as {DepthwiseWork} dense ones: they take about that long.");
            w.Line($"int parts = global::Conv.ForwardParallelism.Parts(maxDegreeOfParallelism, (long)batch * {blocks}, (long)batch * {work}L);");
            using (w.Block("if (parts == 1)"))
            {
                w.Line("Forward(input.Span, output.Span);");
                w.Line("return;");
            }

            w.Line();
            if (plan.SharedView)
            {
                w.Line("// The padded view is too large to copy once per part: the parts pad one view together, then read it.");
                w.Line($"float[] view = t_view ?? (t_view = new float[{plan.ScratchLength}]);");
            }

            w.Line("ParallelForward job = t_job ?? (t_job = new ParallelForward());");
            w.Line($"job.Weight = {OwnWeight(plan)};");
            if (plan.BatchChannelVectors) w.Line($"job.Rearranged = {ChannelEmitter.RunsItems(plan, "batch")} ? {ChannelEmitter.RearrangedMethod}() : null;");
            w.Line("job.Bias = Bias;");
            w.Line("job.Input = input;");
            w.Line("job.Output = output;");
            w.Line("job.Batch = batch;");
            if ((plan.UsesScratch || plan.Flat) && !plan.SharedView)
                using (w.Block("if (job.Views.Length < parts)"))
                {
                    w.Line("global::System.Array.Resize(ref job.Views, parts);");
                    if (plan.Flat) w.Line("global::System.Array.Resize(ref job.Flats, parts);");
                }

            using (w.Block("try"))
            {
                if (plan.SharedView)
                {
                    w.Line("job.View = view;");
                    using (w.Block("for (int n = 0; n < batch; n++)"))
                    {
                        w.Line("job.Item = n;");
                        w.Line("job.Padding = true;");
                        w.Line("global::Conv.ForwardParallelism.Run(job, parts);");
                        w.Line("job.Padding = false;");
                        w.Line($"global::Conv.ForwardParallelism.Run(job, parts < {blocks} ? parts : {blocks});");
                    }
                }
                else
                {
                    w.Line("global::Conv.ForwardParallelism.Run(job, parts);");
                }
            }
            using (w.Block("finally"))
                w.Line("job.Clear();");
        }

        w.Line();
        w.Line("// One per calling thread, reused with its scratch: a warm parallel call allocates nothing.");
        w.Line("[global::System.ThreadStatic]");
        w.Line("private static ParallelForward? t_job;");
        w.Line();
        w.Line(plan.SharedView
            ? $"// Part p of one batch item: its share of the input channels to pad into the view, then of the {blocks} blocks of {plan.ChannelUnit} output channels."
            : $"// Part p of the batch x {blocks} blocks of {plan.ChannelUnit} output channels, in order: whole blocks, each item's input padded once per part.");
        using (w.Block("private sealed class ParallelForward : global::Conv.IPartitionedWork"))
        {
            w.Line("public float[] Weight = global::System.Array.Empty<float>();");
            if (plan.BatchChannelVectors) w.Line("public float[]? Rearranged;");
            w.Line("public float[]? Bias;");
            w.Line($"public {ReadOnlyMemory} Input;");
            w.Line($"public {Memory} Output;");
            w.Line("public int Batch;");
            if (plan.SharedView)
            {
                w.Line("// The batch item the parts work on, whether they pad its view (a range of channels each) or read it, and the view.");
                w.Line("public int Item;");
                w.Line("public bool Padding;");
                w.Line("public float[] View = global::System.Array.Empty<float>();");
            }
            else if (plan.UsesScratch || plan.Flat)
            {
                w.Line("// Scratch per part, not per thread: whichever pool thread runs a part, a warm call allocates nothing.");
                w.Line("public float[]?[] Views = new float[0][];");
                if (plan.Flat) w.Line("public float[]?[] Flats = new float[0][];");
            }

            w.Line();
            using (w.Block("public void Clear()"))
            {
                w.Line("Weight = global::System.Array.Empty<float>();");
                if (plan.BatchChannelVectors) w.Line("Rearranged = null;");
                w.Line("Bias = null;");
                w.Line("Input = default;");
                w.Line("Output = default;");
                if (plan.SharedView) w.Line("View = global::System.Array.Empty<float>();");
            }

            w.Line();
            if (optimize is not null) w.Line(optimize);
            using (w.Block("public void Execute(int part, int parts)"))
            {
                if (plan.SharedView)
                {
                    w.Line($"ref float x = ref {Names.Unsafe}.Add(ref {Names.MemoryMarshal}.GetReference(Input.Span), Item * InputLength);");
                    using (w.Block("if (Padding)"))
                    {
                        w.Line($"Pad(ref x, ref View[0], (int)((long)InChannels * part / parts), (int)((long)InChannels * (part + 1) / parts){AllRows(plan)});");
                        w.Line("return;");
                    }

                    w.Line();
                    w.Line($"int unit = (int)((long){blocks} * part / parts);");
                    w.Line($"int end = (int)((long){blocks} * (part + 1) / parts);");
                    w.Line("ref float weight = ref Weight[0];");
                    w.Line($"ref float y = ref {Names.Unsafe}.Add(ref {Names.MemoryMarshal}.GetReference(Output.Span), Item * OutputLength);");
                    w.Line($"ForwardItem(ref x, ref View[0], ref weight, Bias, ref y, unit * {plan.ChannelUnit}, end * {plan.ChannelUnit}, true);");
                }
                else
                {
                    WriteParts(w, plan, blocks);
                }
            }
        }

        w.Line();
    }

    // Part p of batch x blocks units, each item's input padded once per part.
    private static void WriteParts(IndentedWriter w, KernelPlan plan, int blocks)
    {
        w.Line($"long units = (long)Batch * {blocks};");
        w.Line("long unit = units * part / parts;");
        w.Line("long end = units * (part + 1) / parts;");
        WriteBuffers(w, plan, "Weight", "Input.Span", "Output.Span", "Views[part]", "Flats[part]");
        if (plan.BatchChannelVectors)
        {
            w.Line("// The kernel the single-threaded Forward runs for this batch, so that the results are the same to the bit.");
            w.Line($"bool items = {ChannelEmitter.RunsItems(plan, "Batch")};");
        }

        using (w.Block("while (unit < end)"))
        {
            w.Line($"int n = (int)(unit / {blocks});");
            w.Line($"long last = end < (n + 1L) * {blocks} ? end : (n + 1L) * {blocks};");
            var item = $"ref {Names.Unsafe}.Add(ref x, n * InputLength), {ScratchArguments(plan)}ref weight, Bias, ref {Names.Unsafe}.Add(ref y, n * OutputLength), (int)(unit - (long)n * {blocks}) * {plan.ChannelUnit}, (int)(last - (long)n * {blocks}) * {plan.ChannelUnit}";
            if (plan.BatchChannelVectors)
            {
                w.Line($"if (items) {ChannelEmitter.ItemsKernel}({item}, 1, Rearranged);");
                w.Line($"else ForwardItem({item});");
            }
            else
            {
                w.Line($"ForwardItem({item});");
            }

            w.Line("unit = last;");
        }
    }

    private static void WriteKernel(IndentedWriter w, KernelPlan plan, Simd simd, string? optimize)
    {
        var g = plan.G;
        var tile = plan.TileOf(simd);
        var ob = tile.Channels;
        var lanes = simd.Lanes;
        var cb = tile.Vectors;
        var mainEnd = plan.MainColumnsEnd(simd);

        var rows = tile.Rows == 1 ? "" : $" x {tile.Rows} rows";
        w.Line(simd.IsVector
            ? $"// {ob} output channels{rows} x {cb} vectors of {lanes} columns per step{(simd.Registers > 16 ? $" ({simd.Registers} vector registers)" : "")}."
            : $"// {ob} output channels{rows} x {cb} columns per step.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block(KernelSignature(plan, simd)))
        using (OpenStackBuffers(w, plan, simd))
        using (GroupLoop(w, g))
        {
            var groupInput = GroupInput(g);
            if (plan.ChannelChunk > 0)
            {
                w.Line($"// Chunks of {plan.ChannelChunk} input channels, each padded, then read by every block of output channels while in the L2 cache.");
                using (w.Block($"for (int cStart = 0; cStart < {g.InChannelsPerGroup}; cStart += {plan.ChannelChunk})"))
                {
                    w.Line($"int cEnd = cStart + {plan.ChannelChunk} < {g.InChannelsPerGroup} ? cStart + {plan.ChannelChunk} : {g.InChannelsPerGroup};");
                    w.Line($"Pad(ref {groupInput}, ref view, cStart, cEnd);");
                    w.Line("ref float vg = ref view;");
                    WriteChannelBlocks(w, plan, simd, ob, lanes, cb, mainEnd);
                }
            }
            else
            {
                // (Padding by band needs a shared view: PadsRowRanges implies SharedView.)
                if (plan.UsesScratch && !plan.PadsByBand(simd))
                {
                    w.Line(plan.SharedView
                        ? $"if (!padded) Pad(ref {groupInput}, ref view, 0, {g.InChannelsPerGroup}{AllRows(plan)});"
                        : $"Pad(ref {groupInput}, ref view);");
                }

                w.Line($"ref float vg = ref {(plan.UsesScratch ? "view" : groupInput)};");
                WriteTailWindows(w, plan);
                WriteChannelBlocks(w, plan, simd, ob, lanes, cb, mainEnd);
            }
        }

        w.Line();
    }

    // The row range arguments of a Pad that takes them (KernelPlan.PadsRowRanges): every row it copies.
    private static string AllRows(KernelPlan plan) =>
        plan.PadsRowRanges ? $", {plan.CopiedRows.First}, {plan.CopiedRows.End}" : "";

    // The loop over bands of output rows, if any; each starts by padding the view rows it reads that no band before it
    // did (KernelPlan.PadsByBand).
    private static IDisposable? BandLoop(IndentedWriter w, KernelPlan plan, int band, bool padsByBand)
    {
        var g = plan.G;
        if (band == 0) return null;
        var loop = w.Block($"for (int band = 0; band < {g.OutputHeight}; band += {band})");
        if (padsByBand) WriteBandPad(w, plan, band);
        return loop;
    }

    private static void WriteBandPad(IndentedWriter w, KernelPlan plan, int band)
    {
        var g = plan.G;
        var (_, end, _) = plan.CopiedRows;
        // The band's last output row, band + rows - 1, reads view rows up to that times the stride plus (kernel rows - 1) * dilation.
        var reach = (long)(band - 1) * g.StrideHeight + (long)(g.KernelHeight - 1) * g.DilationHeight + 1;
        var reached = Names.Affine("band", g.StrideHeight, (int)reach);
        w.Line(reach < end
            ? $"int readEnd = band + {band} < {g.OutputHeight} && {reached} < {end} ? {reached} : {end};"
            : $"int readEnd = {end};");
        // A view padded by band is a shared one (KernelPlan.PadsByBand): a parallel call padded it whole already.
        using (w.Block("if (!padded && readEnd > viewEnd)"))
        {
            w.Line($"Pad(ref {GroupInput(g)}, ref view, 0, {g.InChannelsPerGroup}, viewEnd, readEnd);");
            w.Line("viewEnd = readEnd;");
        }
    }

    // With groups, the kernels loop over the groups that [oStart, oEnd) touches (grp), each reading its own input channels.
    internal static IDisposable? GroupLoop(IndentedWriter w, Conv2dGeometry g) =>
        g.Groups == 1 ? null : w.Block($"for (int grp = oStart / {g.OutChannelsPerGroup}; grp * {g.OutChannelsPerGroup} < oEnd; grp++)");

    // The first input channel of group grp (a ref expression).
    internal static string GroupInput(Conv2dGeometry g) =>
        g.Groups == 1 ? "x" : $"{Names.Unsafe}.Add(ref x, grp * {g.InChannelsPerGroup * g.InputHeight * g.InputWidth})";

    // The output channels of group grp within [oStart, oEnd): the names of their first and end.
    internal static (string First, string End) WriteGroupChannels(IndentedWriter w, Conv2dGeometry g)
    {
        if (g.Groups == 1) return ("oStart", "oEnd");
        w.Line($"int groupStart = grp * {g.OutChannelsPerGroup} > oStart ? grp * {g.OutChannelsPerGroup} : oStart;");
        w.Line($"int groupEnd = (grp + 1) * {g.OutChannelsPerGroup} < oEnd ? (grp + 1) * {g.OutChannelsPerGroup} : oEnd;");
        return ("groupStart", "groupEnd");
    }

    // Stack buffers taken once per call (a stackalloc in the loop over groups would grow the stack with each turn): the
    // windows of the run's last positions (KernelPlan.DotTail), and the lanes of a System.Numerics vector whose row is
    // stored in part (LanesBuffer).
    private static IDisposable? OpenStackBuffers(IndentedWriter w, KernelPlan plan, Simd simd)
    {
        var lanes = LanesBuffer(plan, simd);
        if (plan.DotTail == 0 && !lanes) return null;
        var block = w.Block("");
        if (plan.DotTail > 0)
        {
            w.Line($"global::System.Span<float> tails = stackalloc float[{plan.DotTail * plan.DotLength}];");
            w.Line($"ref float tw = ref {Names.MemoryMarshal}.GetReference(tails);");
        }

        if (lanes)
        {
            w.Line($"global::System.Span<float> lastLanes = stackalloc float[{simd.Lanes}];");
            w.Line($"ref float lanes = ref {Names.MemoryMarshal}.GetReference(lastLanes);");
        }

        return block;
    }

    // A 16-lane System.Numerics vector over a row of 4 to 15 columns (KernelPlan.WideOverhang) whose plane's last rows are
    // stored in part: the vector goes to a stack buffer in one store, then its row's columns to the output in one block copy.
    // System.Numerics on netstandard2.0 has no narrower vector to store, and lane by lane each lane is an indexed read of
    // the vector from memory.
    private static bool LanesBuffer(KernelPlan plan, Simd simd) => simd == Simd.Numerics512 && plan.Overhangs(simd);

    // Copies the windows of the run's last positions (KernelPlan.DotTail) from the view (or the input), in the weights' order.
    private static void WriteTailWindows(IndentedWriter w, KernelPlan plan)
    {
        if (plan.DotTail == 0) return;
        var g = plan.G;
        w.Line($"// The windows of the last {(plan.DotTail == 1 ? "position" : $"{plan.DotTail} positions")} of the run, in the weights' order: their outputs are dot products.");
        using (w.For("t", 0, plan.DotTail))
        using (w.For("c", 0, g.InChannelsPerGroup))
        using (w.For("ky", 0, g.KernelHeight))
        using (w.For("kx", 0, g.KernelWidth))
        {
            var target = $"{Names.Affine("t", plan.DotLength, 0)} + {Names.Affine("c", plan.WindowLength, 0)} + {Names.Affine("ky", g.KernelWidth, 0)} + kx";
            var source = $"{Names.Affine("c", plan.PlaneStride, plan.GridWidth)} + t + {plan.RowTapExpression("ky")} + {plan.ColumnTapExpression("kx")}";
            w.Line($"{Names.Unsafe}.Add(ref tw, {target}) = {Names.Unsafe}.Add(ref vg, {source});");
        }
    }

    private static void WriteChannelBlocks(IndentedWriter w, KernelPlan plan, Simd simd, int ob, int lanes, int cb, int mainEnd)
    {
        var g = plan.G;
        var (first, end) = WriteGroupChannels(w, g);
        if (plan.InputChunk(simd) > 0)
        {
            WriteInputChunks(w, plan, simd, ob, lanes, cb, mainEnd, first, end);
            return;
        }

        var band = plan.BandRows(simd);
        var rb = plan.TileOf(simd).Rows;
        var step = cb * lanes;
        // The columns this kernel's vectors cover; the last few (KernelPlan.NarrowTail) take one 8-lane vector.
        var narrowTail = plan.NarrowTail(simd);
        var wideEnd = plan.GridWidth - narrowTail;
        var tailVectors = (wideEnd - mainEnd + lanes - 1) / lanes;
        var folded = mainEnd > 0 && mainEnd < wideEnd && tailVectors == cb;
        var hasTail = mainEnd < wideEnd && !folded && !plan.Overhangs(simd);
        // The last few columns' 8-lane vector joins the row's last block, sharing its weight broadcasts: in a pass of
        // its own over the input channels it broadcast every weight again for one 8-lane vector (prototype, one
        // thread: MobileNetV2's project384-96@14, 196 positions as 2 blocks of 6 vectors and 4 columns, 134.5 -> 126.0 us).
        var narrow = narrowTail > 0 ? (plan.GridWidth - KernelPlan.Lanes).ToString() : null;
        var narrowInMain = narrow is not null && !folded && !hasTail && mainEnd > 0 && mainEnd % step == 0;
        var span = narrowInMain ? 0 : plan.RunSpan(simd);
        var padsByBand = plan.PadsByBand(simd);
        if (padsByBand) w.Line($"int viewEnd = {plan.CopiedRows.First};");
        if (band > 0)
            w.Line(padsByBand
                ? $"// Bands of {band} output rows, each padded, then read by every block of channels while its input rows stay in the L2 cache."
                : $"// Bands of {band} output rows, every block of channels over one band while its input rows stay in the L2 cache.");
        if (span > 0)
            w.Line($"// Spans of {span} positions, every block of channels over one span while its input stays in the L2 cache; the last span ends the run.");
        using (BandLoop(w, plan, band, padsByBand))
        using (span > 0 ? w.Block($"for (int span = 0; span < {plan.GridWidth}; span += {span})") : null)
        using (w.Block($"for (int o = {first}; o < {end}; o += {ob})"))
        {
            if (band > 0) w.Line($"int bandEnd = band + {band} < {g.OutputHeight} ? band + {band} : {g.OutputHeight};");
            WriteChannelBlockStart(w, plan, ob);
            if (plan.ReusesRows(simd) && !Tile.LoopsKernelColumns(g))
            {
                WriteHeldWeights(w, simd, plan.WindowLength);
            }
            // Row blocks of {rb}; the last one ends at the last row, overlapping the one before (equal outputs written twice).
            using (plan.OneRun ? null
                   : band > 0 ? w.Block(rb == 1 ? "for (int oy = band; oy < bandEnd; oy++)" : $"for (int step = band; step < bandEnd; step += {rb})")
                   : rb == 1 || rb == g.OutputHeight ? w.For("oy", 0, g.OutputHeight, rb) : w.For("step", 0, g.OutputHeight, rb))
            {
                if (plan.OneRun)
                {
                    w.Line("ref float row = ref vg;");
                    w.Line(plan.Flat ? "ref float yrow = ref flat;" : $"ref float yrow = ref {Names.Unsafe}.Add(ref y, o * {g.OutputHeight * g.OutputWidth});");
                }
                else
                {
                    // The last row block of the band (or of the plane) ends at its last row.
                    var lastBlock = band > 0 ? $"bandEnd - {rb}" : (g.OutputHeight - rb).ToString();
                    // (One block of the plane's every row: oy is the constant 0.)
                    if (rb > 1 && (band > 0 || rb < g.OutputHeight)) w.Line($"int oy = step < {lastBlock} ? step : {lastBlock};");
                    w.Line($"ref float row = ref {Names.Unsafe}.Add(ref vg, {Names.Affine("oy", plan.RowStep, 0)});");
                    w.Line($"ref float yrow = ref {Names.Unsafe}.Add(ref y, o * {g.OutputHeight * g.OutputWidth} + oy * OutputWidth);");
                }

                var blockColumns = new List<string>();
                for (var v = 0; v < cb; v++) blockColumns.Add(Names.Affine("ox", 1, v * lanes));
                var rows = plan.TileOf(simd).Rows;
                if (plan.Overhangs(simd))
                {
                    using (w.Block(""))
                        WriteBody(w, plan, simd, ob, new[] { "0" }, rows);
                }
                else if (folded)
                {
                    // The last block, as wide as the others, ends at the row's end, overlapping the one before (outputs
                    // written twice are equal): one body serves every block.
                    using (w.Block(span > 0
                               ? $"for (int next = span; next < (span + {span} < {wideEnd} ? span + {span} : {wideEnd}); next += {step})"
                               : $"for (int next = 0; next < {wideEnd}; next += {step})"))
                    {
                        w.Line($"int ox = next < {wideEnd - step} ? next : {wideEnd - step};");
                        WriteBody(w, plan, simd, ob, blockColumns, rows);
                    }
                }
                else if (narrowInMain)
                {
                    if (mainEnd > step)
                        using (w.For("ox", 0, mainEnd - step, step))
                            WriteBody(w, plan, simd, ob, blockColumns, rows);
                    using (w.For("ox", mainEnd - step, mainEnd, step))
                        WriteBody(w, plan, simd, ob, blockColumns, rows, narrow);
                }
                else if (span > 0)
                {
                    using (w.Block($"for (int ox = span; ox < (span + {span} < {mainEnd} ? span + {span} : {mainEnd}); ox += {step})"))
                        WriteBody(w, plan, simd, ob, blockColumns, rows);
                }
                else if (mainEnd > 0)
                {
                    using (w.For("ox", 0, mainEnd, step))
                        WriteBody(w, plan, simd, ob, blockColumns, rows);
                }

                using (span > 0 && (hasTail || narrow is not null) ? w.Block($"if (span + {span} >= {plan.GridWidth})") : null)
                {
                    if (hasTail)
                    {
                        // The last vector ends at the row's end, overlapping the one before: outputs written twice are equal.
                        var columns = new List<string>();
                        for (var start = mainEnd; start < wideEnd; start += lanes)
                            columns.Add(System.Math.Min(start, wideEnd - lanes).ToString());
                        using (w.Block(""))
                            WriteBody(w, plan, simd, ob, columns, rows, narrow);
                    }
                    else if (narrow is not null && !narrowInMain)
                    {
                        w.Line($"// The last {narrowTail} columns: one vector of {KernelPlan.Lanes}, ending at the row's end.");
                        using (w.Block(""))
                            WriteBody(w, plan, Simd.Avx512, ob, new[] { narrow }, rows);
                    }
                }

                if (plan.Flat)
                {
                    w.Line($"// Each flat row holds OutputWidth outputs every {plan.RowStride} positions; the rest were computed for the vectors only.");
                    using (w.For("j", 0, ob))
                    using (w.For("oy", 0, g.OutputHeight))
                    {
                        w.Line($"ref float from = ref {Names.Unsafe}.Add(ref flat, j * {plan.GridWidth} + oy * {plan.RowStride});");
                        w.Line($"ref float to = ref {Names.Unsafe}.Add(ref y, (o + j) * {g.OutputHeight * g.OutputWidth} + oy * OutputWidth);");
                        PadEmitter.WriteCopy(w, simd.IsNumerics ? VectorCopies.Numerics : simd.IsVector ? VectorCopies.Intrinsics : VectorCopies.None, "from", 0, "to", 0, g.OutputWidth);
                    }
                }
            }

            WriteDotTail(w, plan, simd, ob);
        }
    }

    // The weights and the bias of output channels [o, o + ob).
    private static void WriteChannelBlockStart(IndentedWriter w, KernelPlan plan, int ob)
    {
        var g = plan.G;
        w.Line($"ref float wo = ref {Names.Unsafe}.Add(ref weight, o * {g.InChannelsPerGroup * plan.WindowLength});");
        if (g.HasBias)
            for (var j = 0; j < ob; j++) w.Line($"float b{j} = bias is null ? 0f : bias[o + {j}];");
    }

    private static void WriteDotTail(IndentedWriter w, KernelPlan plan, Simd simd, int ob)
    {
        if (plan.DotTail == 0) return;
        w.Line($"// The run's last {(plan.DotTail == 1 ? "position" : $"{plan.DotTail} positions")}, dot products along the windows copied above.");
        using (w.Block(""))
            DotEmitter.WriteDots(w, plan, simd, ob, plan.DotTail, "tw", t => plan.GridWidth + t);
    }

    // KernelPlan.InputChunk: for each chunk of input channels, every block of output channels over one block of positions,
    // then the next block. The run's last columns (a block overlapping the one before, dot products) come after all
    // chunks, each over every input channel at once: an overlapping block summed onto stored sums would add its shared
    // columns twice, and recomputed from the bias it rewrites them with the same sums in the same order.
    private static void WriteInputChunks(IndentedWriter w, KernelPlan plan, Simd simd, int ob, int lanes, int cb, int mainEnd, string first, string end)
    {
        var g = plan.G;
        var chunk = plan.InputChunk(simd);
        var channels = g.InChannelsPerGroup;
        var plane = g.OutputHeight * g.OutputWidth;
        var columns = Enumerable.Range(0, cb).Select(v => Names.Affine("ox", 1, v * lanes)).ToList();
        var chunked = chunk < channels;
        w.Line(chunked
            ? $"// Chunks of {chunk} input channels; in each, every block of output channels over one block of positions, then the next."
            : "// Every block of output channels over one block of positions, then the next: its inputs stay in the cache.");
        using (chunked ? w.Block($"for (int cStart = 0; cStart < {channels}; cStart += {chunk})") : null)
        {
            if (chunked) w.Line($"int cEnd = cStart + {chunk} < {channels} ? cStart + {chunk} : {channels};");
            using (w.For("ox", 0, mainEnd, cb * lanes))
            using (w.Block($"for (int o = {first}; o < {end}; o += {ob})"))
            {
                WriteChannelBlockStart(w, plan, ob);
                w.Line("ref float row = ref vg;");
                w.Line($"ref float yrow = ref {Names.Unsafe}.Add(ref y, o * {plane});");
                WriteBody(w, plan, simd, ob, columns, 1, chunked: chunked);
            }
        }

        if (mainEnd == plan.GridWidth && plan.DotTail == 0) return;
        w.Line("// The run's last columns, over every input channel.");
        using (w.Block($"for (int o = {first}; o < {end}; o += {ob})"))
        {
            WriteChannelBlockStart(w, plan, ob);
            w.Line("ref float row = ref vg;");
            w.Line($"ref float yrow = ref {Names.Unsafe}.Add(ref y, o * {plane});");
            if (mainEnd < plan.GridWidth)
            {
                var tail = new List<string>();
                for (var start = mainEnd; start < plan.GridWidth; start += lanes)
                    tail.Add(Math.Min(start, plan.GridWidth - lanes).ToString());
                using (w.Block(""))
                    WriteBody(w, plan, simd, ob, tail, 1, chunked: false);
            }

            WriteDotTail(w, plan, simd, ob);
        }
    }

    // A depthwise channel's window of weights broadcast once into k0, k1, ... (from wo), for the whole channel.
    internal static void WriteHeldWeights(IndentedWriter w, Simd simd, int window)
    {
        w.Line("// The window's weights, held for the whole channel.");
        for (var t = 0; t < window; t++) w.Line($"{simd.Type} k{t} = {simd.Broadcast($"{Names.Unsafe}.Add(ref wo, {t})")};");
    }

    // Accumulates ob output channels x the tile's rows at the given output columns (vectors or scalars) and stores them.
    // narrow: with the Vector512 kernel, the column of one more 8-lane vector per row (KernelPlan.NarrowTail), which
    // uses the lower half of the same weight broadcasts.
    // chunked: the body sums input channels [cStart, cEnd) onto the sums stored so far (KernelPlan.ChannelChunk, InputChunk).
    private static void WriteBody(IndentedWriter w, KernelPlan plan, Simd simd, int ob, IReadOnlyList<string> columns, int rows, string? narrow = null, bool? chunked = null)
    {
        var g = plan.G;
        var chunks = chunked ?? plan.ChannelChunk > 0;
        var type = simd.Type;
        var allColumns = narrow is null ? columns : columns.Append(narrow).ToList();
        var points = new List<(int Row, int Column)>();
        for (var r = 0; r < rows; r++)
        for (var v = 0; v < allColumns.Count; v++)
            points.Add((r, v));
        string Acc(int j, (int Row, int Column) p) => $"acc{j}_{p.Row}_{p.Column}";
        bool IsNarrow((int Row, int Column) p) => p.Column == columns.Count;
        Simd Of((int Row, int Column) p) => IsNarrow(p) ? Simd.Avx512 : simd;

        foreach (var p in points)
        for (var j = 0; j < ob; j++)
        {
            var start = g.HasBias ? Of(p).Broadcast($"b{j}") : simd.IsVector ? Of(p).Type + ".Zero" : "0f";
            // Past the first chunk of input channels, from the sums stored so far (KernelPlan.ChannelChunk).
            if (chunks)
            {
                var index = OutputIndex(plan, j, p.Row, allColumns[p.Column]);
                start = $"cStart == 0 ? {start} : {(simd.IsVector ? Of(p).Load("yrow", index) : $"{Names.Unsafe}.Add(ref yrow, {index})")}";
            }

            w.Line($"{Of(p).Type} {Acc(j, p)} = {start};");
        }
        if (plan.ReusesRows(simd))
        {
            WriteRowReuseTaps(w, plan, simd, columns, rows);
            WriteStores(w, plan, Of, ob, allColumns, points, chunks);
            return;
        }

        foreach (var p in points)
            w.Line($"ref float at{p.Row}_{p.Column} = ref {Names.Unsafe}.Add(ref row, {(p.Row == 0 ? "" : $"{p.Row * plan.RowStep} + ")}{allColumns[p.Column]});");
        // Hold whichever is fewer in registers: the weights of a tap (then stream the inputs) or its inputs (then stream the
        // weights). A value used once is written where it is used: the same instructions, half the lines.
        var holdWeights = ob <= points.Count;
        var single = points.Count == 1;
        if (!single || ob > 1)
        {
            w.Line(holdWeights
                ? $"{type} xv, {string.Join(", ", Enumerable.Range(0, ob).Select(j => "w" + j))};"
                : $"{type} {(single ? "" : "w, ")}{string.Join(", ", points.Where(p => !IsNarrow(p)).Select(p => $"x{p.Row}_{p.Column}"))};");
            if (narrow is not null)
                w.Line($"{Simd.Avx512.Type} {(holdWeights ? "xn" : string.Join(", ", points.Where(IsNarrow).Select(p => $"x{p.Row}_{p.Column}")))};");
        }

        string Load(int offset, (int Row, int Column) p, string channelRef)
        {
            var at = $"at{p.Row}_{p.Column}";
            var index = channelRef.Length == 0 ? offset.ToString() : offset == 0 ? channelRef : $"{channelRef} + {offset}";
            return simd.IsVector ? Of(p).Load(at, index) : $"{Names.Unsafe}.Add(ref {at}, {index})";
        }

        string Weight(string from, int j, int weightOffset) =>
            simd.Broadcast($"{Names.Unsafe}.Add(ref {from}, {j * g.InChannelsPerGroup * plan.WindowLength + weightOffset})");

        // The narrow vector takes the lower half of a 16-lane weight (the same register, no instruction).
        string MulAdd(string weight, string input, string acc, (int Row, int Column) p) =>
            IsNarrow(p) ? Simd.Avx512.MultiplyAdd($"{simd.Vector}.GetLower({weight})", input, acc) : simd.MultiplyAdd(weight, input, acc);

        // One tap: its inputs at view offset (viewRef + offset), its weights at (weightRef + weightOffset).
        void Tap(string viewRef, int offset, string weightRef, int weightOffset)
        {
            if (single && ob == 1)
            {
                w.Line(MulAdd(Weight(weightRef, 0, weightOffset), Load(offset, points[0], viewRef), Acc(0, points[0]), points[0]));
            }
            else if (holdWeights)
            {
                for (var j = 0; j < ob; j++) w.Line($"w{j} = {Weight(weightRef, j, weightOffset)};");
                foreach (var p in points)
                {
                    var x = IsNarrow(p) ? "xn" : "xv";
                    w.Line($"{x} = {Load(offset, p, viewRef)};");
                    for (var j = 0; j < ob; j++) w.Line(MulAdd($"w{j}", x, Acc(j, p), p));
                }
            }
            else
            {
                foreach (var p in points) w.Line($"x{p.Row}_{p.Column} = {Load(offset, p, viewRef)};");
                for (var j = 0; j < ob; j++)
                {
                    if (single)
                    {
                        w.Line(MulAdd(Weight(weightRef, j, weightOffset), $"x{points[0].Row}_{points[0].Column}", Acc(j, points[0]), points[0]));
                        continue;
                    }

                    w.Line($"w = {Weight(weightRef, j, weightOffset)};");
                    foreach (var p in points) w.Line(MulAdd("w", $"x{p.Row}_{p.Column}", Acc(j, p), p));
                }
            }
        }

        void Taps(string channelRef, int channel)
        {
            if (!plan.LoopKernelRows(simd))
            {
                for (var ky = 0; ky < g.KernelHeight; ky++)
                for (var kx = 0; kx < g.KernelWidth; kx++)
                    Tap(channelRef, plan.TapOffset(channel, ky, kx), "wc", channel * plan.WindowLength + ky * g.KernelWidth + kx);
                return;
            }

            // A large window: a loop over kernel rows (and columns when they are many too) keeps the file small;
            // each turn still does the register-blocked multiply-adds of one tap per column.
            using (w.For("ky", 0, g.KernelHeight))
            {
                w.Line($"int vk = {(channelRef.Length > 0 ? channelRef + " + " : "")}{plan.RowTapExpression("ky")};");
                w.Line($"ref float wk = ref {Names.Unsafe}.Add(ref wc, {Names.Affine("ky", g.KernelWidth, channel * plan.WindowLength)});");
                if (!plan.LoopKernelColumns(simd))
                {
                    for (var kx = 0; kx < g.KernelWidth; kx++) Tap("vk", plan.TapOffset(0, 0, kx), "wk", kx);
                    return;
                }

                using (w.For("kx", 0, g.KernelWidth))
                {
                    w.Line($"int vt = vk + {plan.ColumnTapExpression("kx")};");
                    w.Line($"ref float wt = ref {Names.Unsafe}.Add(ref wk, kx);");
                    Tap("vt", 0, "wt", 0);
                }
            }
        }

        if (plan.UnrollChannels(simd))
        {
            w.Line("ref float wc = ref wo;");
            for (var c = 0; c < g.InChannelsPerGroup; c++) Taps("", c);
        }
        else
        {
            using (chunks ? w.Block("for (int c = cStart; c < cEnd; c++)") : w.For("c", 0, g.InChannelsPerGroup))
            {
                w.Line($"ref float wc = ref {Names.Unsafe}.Add(ref wo, c * {plan.WindowLength});");
                w.Line($"int vc = c * {plan.PlaneStride};");
                Taps("vc", 0);
            }
        }

        WriteStores(w, plan, Of, ob, allColumns, points, chunks);
    }

    private static void WriteStores(IndentedWriter w, KernelPlan plan, Func<(int Row, int Column), Simd> of, int ob, IReadOnlyList<string> columns, List<(int Row, int Column)> points, bool chunks)
    {
        foreach (var p in points)
        for (var j = 0; j < ob; j++)
        {
            var simd = of(p);
            var rows = plan.TileOf(simd).Rows;
            var target = $"{Names.Unsafe}.Add(ref yrow, {OutputIndex(plan, j, p.Row, columns[p.Column])})";
            var value = simd.Activate($"acc{j}_{p.Row}_{p.Column}", plan.Activation);
            // With chunks of input channels, the activation applies once the last chunk is summed.
            if (chunks && plan.Activation.Kind != Activation.None)
                value = $"(cEnd == {plan.G.InChannelsPerGroup} ? {value} : acc{j}_{p.Row}_{p.Column})";
            var spill = plan.Overhangs(simd) ? plan.OverhangRows(simd) : 0;
            if (p.Row < rows - spill)
            {
                w.Line(simd.Store(value, target));
                continue;
            }

            // The block's last rows: where they are among the plane's last rows that a vector overhangs past the plane, only
            // their own columns (KernelPlan.Overhang, WideOverhang). The last block starts at lastBlock, the others before.
            var lastBlock = plan.G.OutputHeight - rows;
            var from = plan.G.OutputHeight - spill - p.Row;
            using (w.Block(from <= 0 ? "" : from == lastBlock ? $"if (oy == {lastBlock})" : $"if (oy >= {from})"))
                WritePartialStore(w, plan, simd, value, target);
            if (from > 0)
                using (w.Block("else"))
                    w.Line(simd.Store(value, target));
        }
    }

    // Where output channel j of the block, row `row` of the tile, at `column` (an expression) sits from yrow.
    private static string OutputIndex(KernelPlan plan, int j, int row, string column)
    {
        var offset = j * plan.OutputChannelStride + row * plan.GridWidth;
        return offset == 0 ? column : $"{offset} + {column}";
    }

    // The first OutputWidth lanes of a vector wider than the row: the lower half at once where it fits, the rest one by one.
    private static void WritePartialStore(IndentedWriter w, KernelPlan plan, Simd simd, string value, string target)
    {
        if (LanesBuffer(plan, simd))
        {
            w.Line(simd.Store(value, "lanes"));
            w.Line(NumericsCopyEmitter.CopyBlock($"ref {target}", "ref lanes", plan.GridWidth) + ";");
            return;
        }

        w.Line($"{simd.Type} last = {value};");
        w.Line($"ref float lastRow = ref {target};");
        var first = 0;
        if (simd.Vector == V)
        {
            w.Line($"{V128}.StoreUnsafe({V}.GetLower(last), ref lastRow, 0);");
            first = 4;
        }

        for (var i = first; i < plan.GridWidth; i++)
            w.Line($"{Names.Unsafe}.Add(ref lastRow, {i}) = {(simd.Vector == V ? $"{V}.GetElement(last, {i})" : $"last[{i}]")};");
    }

    // KernelPlan.ReusesRows: input row d of the block (offset d rows from the first output row's first tap) feeds output
    // row r through kernel row ky where r * stride + ky * dilation = d. Each vector is loaded once and multiplied into all
    // of them; in d order every output still receives its taps in window order.
    private static void WriteRowReuseTaps(IndentedWriter w, KernelPlan plan, Simd simd, IReadOnlyList<string> columns, int rows)
    {
        var g = plan.G;
        var strideHeight = g.OutputHeight == 1 ? 1 : g.StrideHeight;
        for (var v = 0; v < columns.Count; v++)
            w.Line($"ref float at{v} = ref {Names.Unsafe}.Add(ref row, {columns[v]});");
        w.Line($"{simd.Type} xv;");
        if (Tile.LoopsKernelColumns(g))
        {
            // A large window: one kernel column at a time, its weights held; each input vector of that column is loaded
            // once and multiplied into every output row of the block that reads it.
            w.Line($"{simd.Type} {string.Join(", ", Enumerable.Range(0, g.KernelHeight).Select(ky => $"k{ky}"))};");
            using (w.For("kx", 0, g.KernelWidth))
            {
                w.Line($"int vk = {plan.ColumnTapExpression("kx")};");
                for (var ky = 0; ky < g.KernelHeight; ky++)
                    w.Line($"k{ky} = {simd.Broadcast($"{Names.Unsafe}.Add(ref wo, {Names.Affine("kx", 1, ky * g.KernelWidth)})")};");
                foreach (var feeds in Tile.InputRows(g, rows, strideHeight).Values)
                for (var v = 0; v < columns.Count; v++)
                {
                    var (r0, ky0) = feeds[0];
                    var offset = r0 * plan.RowStep + plan.TapOffset(0, ky0, 0);
                    w.Line($"xv = {simd.Load($"at{v}", offset == 0 ? "vk" : $"vk + {offset}")};");
                    foreach (var (r, ky) in feeds)
                        w.Line(simd.MultiplyAdd($"k{ky}", "xv", $"acc0_{r}_{v}"));
                }
            }

            return;
        }

        foreach (var feeds in Tile.InputRows(g, rows, strideHeight).Values)
        {
            for (var kx = 0; kx < g.KernelWidth; kx++)
            for (var v = 0; v < columns.Count; v++)
            {
                var (r0, ky0) = feeds[0];
                w.Line($"xv = {simd.Load($"at{v}", (r0 * plan.RowStep + plan.TapOffset(0, ky0, kx)).ToString())};");
                foreach (var (r, ky) in feeds)
                    w.Line(simd.MultiplyAdd($"k{ky * g.KernelWidth + kx}", "xv", $"acc0_{r}_{v}"));
            }
        }
    }
}

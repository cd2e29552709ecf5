using Conv.Generators.Model;

namespace Conv.Generators.Emission;

/// <summary>
/// Writes a <c>[BatchNorm2d]</c> type: its constants, the four per-channel arrays, PyTorch's initial values, and a
/// <c>Forward</c> that folds the statistics into one scale and shift per channel (in double, as
/// <c>BatchNorm2d.Fold</c>) and runs each plane as one multiply-add per value with the activation fused.
/// </summary>
internal static class BatchNormEmitter
{
    /// <summary>The four per-channel arrays, as parameters and fields name them (properties: <see cref="Property"/>).</summary>
    internal static readonly string[] Arrays = { "weight", "bias", "runningMean", "runningVar" };

    public static void Write(IndentedWriter w, LayerModel model, Conv2dGeometry g, TargetCapabilities capabilities)
    {
        void Const(string member, int value, string doc) => LayerEmitter.Const(w, member, value, doc);

        Const("InChannels", g.InChannels, "Input channels.");
        Const("OutChannels", g.OutChannels, "Output channels (the input channels).");
        Const("InputHeight", g.InputHeight, "Input rows.");
        Const("InputWidth", g.InputWidth, "Input columns.");
        Const("OutputHeight", g.OutputHeight, "Output rows (the input rows).");
        Const("OutputWidth", g.OutputWidth, "Output columns (the input columns).");
        Const("InputLength", g.InputLength, "Values in one NCHW batch item of the input: InChannels * InputHeight * InputWidth.");
        Const("OutputLength", g.OutputLength, "Values in one NCHW batch item of the output.");
        w.Line("/// <summary>Added to the running variance before its square root.</summary>");
        w.Line($"public const double Eps = {Names.Double(model.Eps)};");
        LayerEmitter.WriteActivation(w, model.ActivationOrNone);

        WriteStorage(w, model, capabilities);
        WriteForward(w, model, g, capabilities);
        LoadEmitter.Write(w, model, g);
    }

    internal static string Property(string array) => char.ToUpperInvariant(array[0]) + array.Substring(1);

    private static void WriteStorage(IndentedWriter w, LayerModel model, TargetCapabilities capabilities)
    {
        var name = model.Name;
        var docs = new[]
        {
            "The scale (gamma), one value per channel; writes change the layer.",
            "The shift (beta), one value per channel; writes change the layer.",
            "The running mean, one value per channel; writes change the layer.",
            "The running variance, one value per channel; writes change the layer.",
        };
        const string noWeights = "/// <exception cref=\"global::System.InvalidOperationException\">The layer is <c>default</c>, which has no arrays.</exception>";
        for (var i = 0; i < Arrays.Length; i++)
        {
            w.Line($"/// <summary>{docs[i]}</summary>");
            if (model.IsStruct)
            {
                w.Line(noWeights);
                w.Line($"public float[] {Property(Arrays[i])} => _{Arrays[i]} ?? throw NoWeights();");
            }
            else
            {
                w.Line($"public float[] {Property(Arrays[i])} => _{Arrays[i]};");
            }

            w.Line();
        }

        foreach (var array in Arrays) w.Line(model.IsStruct ? $"private readonly float[]? _{array};" : $"private readonly float[] _{array};");
        if (model.IsStruct)
        {
            w.Line();
            LayerEmitter.WriteNoWeights(w, name);
        }

        if (!model.IsStruct || capabilities.HasParameterlessStructConstructors)
        {
            w.Line();
            w.Line("/// <summary>Creates the layer with PyTorch's initial values: weight 1, bias 0, running mean 0, running variance 1.</summary>");
            using (w.Block($"public {name}()"))
            {
                w.Line("_weight = new float[InChannels];");
                w.Line("_bias = new float[InChannels];");
                w.Line("_runningMean = new float[InChannels];");
                w.Line("_runningVar = new float[InChannels];");
                using (w.Block("for (int c = 0; c < InChannels; c++)"))
                {
                    w.Line("_weight[c] = 1f;");
                    w.Line("_runningVar[c] = 1f;");
                }
            }
        }

        w.Line();
        w.Line("/// <summary>Creates the layer from copies of its four per-channel arrays (PyTorch's weight, bias, running_mean, running_var).</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">A span does not have one value per channel.</exception>");
        var parameters = string.Join(", ", System.Array.ConvertAll(Arrays, a => $"{Names.ReadOnlySpan} {a}"));
        using (w.Block($"public {name}({parameters})"))
        {
            foreach (var array in Arrays) w.Line($"{Names.Lengths}.Require(\"{name} constructor\", \"{array}\", InChannels, {array}.Length);");
            foreach (var array in Arrays) w.Line($"_{array} = {array}.ToArray();");
        }

        w.Line();
    }

    private static void WriteForward(IndentedWriter w, LayerModel model, Conv2dGeometry g, TargetCapabilities capabilities)
    {
        var name = model.Name;
        var activation = model.ActivationOrNone;
        var plane = g.InputHeight * g.InputWidth;
        w.Line("/// <summary>Runs the layer on a batch: <paramref name=\"input\"/> holds batch x <see cref=\"InputLength\"/> NCHW values, <paramref name=\"output\"/> receives batch x <see cref=\"OutputLength\"/>.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">A span has the wrong length, or the spans overlap; nothing is written then.</exception>");
        using (w.Block($"public void Forward({Names.Nchw} {Names.ReadOnlySpan} input, {Names.Nchw} {Names.Span} output)"))
        {
            w.Line($"int batch = {Names.Lengths}.RequireBatch(\"{name}.Forward\", InputLength, OutputLength, input.Length, output.Length);");
            w.Line($"{Names.Lengths}.RequireDisjoint(\"{name}.Forward\", input, output);");
            w.Line("float[] weight = Weight, bias = Bias, mean = RunningMean, variance = RunningVar;");
            using (w.For("c", 0, g.InChannels))
            {
                w.Line("// Folded on every call, since the arrays may have changed: in double and rounded once, as BatchNorm2d.Fold.");
                w.Line("double s = weight[c] / global::System.Math.Sqrt(variance[c] + Eps);");
                w.Line("float scale = (float)s;");
                w.Line("float shift = (float)(bias[c] - mean[c] * s);");
                using (w.Block("for (int n = 0; n < batch; n++)"))
                {
                    w.Line($"int start = (n * InChannels + c) * {plane};");
                    w.Line($"ForwardPlane(input.Slice(start, {plane}), output.Slice(start, {plane}), scale, shift);");
                }
            }
        }

        w.Line();
        w.Line("// One channel plane: x * scale + shift, then the activation.");
        using (w.Block($"private static void ForwardPlane({Names.ReadOnlySpan} x, {Names.Span} y, float scale, float shift)"))
        {
            w.Line("int i = 0;");
            if (capabilities.HasNumericsVector)
            {
                var simd = Simd.Numerics;
                using (w.Block($"if ({simd.Vector}.IsHardwareAccelerated)"))
                {
                    w.Line($"{simd.Type} vs = {simd.Broadcast("scale")};");
                    w.Line($"{simd.Type} vb = {simd.Broadcast("shift")};");
                    w.Line($"global::System.ReadOnlySpan<{simd.Type}> xv = {Names.MemoryMarshal}.Cast<float, {simd.Type}>(x);");
                    w.Line($"global::System.Span<{simd.Type}> yv = {Names.MemoryMarshal}.Cast<float, {simd.Type}>(y);");
                    using (w.Block("for (int v = 0; v < xv.Length; v++)"))
                    {
                        if (activation.IsNone)
                        {
                            w.Line("yv[v] = xv[v] * vs + vb;");
                        }
                        else
                        {
                            w.Line($"{simd.Type} value = xv[v] * vs + vb;");
                            w.Line($"yv[v] = {simd.Activate("value", activation)};");
                        }
                    }

                    w.Line($"i = xv.Length * {simd.Type}.Count;");
                }
            }

            using (w.Block("for (; i < x.Length; i++)"))
            {
                if (activation.IsNone)
                {
                    w.Line("y[i] = x[i] * scale + shift;");
                }
                else
                {
                    w.Line("float value = x[i] * scale + shift;");
                    w.Line($"y[i] = {Simd.Scalar.Activate("value", activation)};");
                }
            }
        }

        w.Line();
        ForwardEmitter.WriteAllocatingForward(w, name);
    }
}

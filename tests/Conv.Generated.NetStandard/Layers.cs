using System;
using System.Collections.Generic;
using System.Reflection;
using Conv;

namespace Conv.Generated.NetStandard;

// One layer of each way the kernel plan lays a layer out, and of each of the view's copies (rows; stride 2 split by
// parity, with even and odd padding; a view per kernel column at stride 2).
[Conv2d(8, 16, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class Rows;
[Conv2d(16, 8, 1, InputHeight = 14, InputWidth = 14)] public partial class OneRun;
[Conv2d(64, 16, 1, Stride = 2, InputHeight = 16, InputWidth = 16, Bias = false)] public partial class Pointwise2;
[Conv2d(8, 8, 3, Stride = 2, Padding = 1, InputHeight = 29, InputWidth = 29)] public partial class Strided;
[Conv2d(12, 12, 3, Padding = 1, Groups = 12, InputHeight = 7, InputWidth = 7)] public partial class Overhang;
// Depthwise rows of 5 columns in several blocks of rows: a 16-lane vector overhangs the 3 rows after its own.
[Conv2d(8, 8, 3, Padding = 1, Groups = 8, InputHeight = 30, InputWidth = 5)] public partial class TallOverhang;
[Conv2d(48, 48, 5, Stride = 2, Padding = 2, Groups = 48, InputHeight = 28, InputWidth = 28)] public partial class Depthwise5x5Stride2;
[Conv2d(16, 8, 3, Padding = 1, InputHeight = 5, InputWidth = 5)] public partial class FlatRow;
[Conv2d(32, 8, 3, InputHeight = 3, InputWidth = 3)] public partial class DotProduct;
[Conv2d(6, 9, 5, KernelWidth = 3, PaddingHeight = 2, PaddingWidth = 1, Dilation = 2, Groups = 3, InputHeight = 20, InputWidth = 23)] public partial class Dilated;
[Conv2d(4, 4, 3, Padding = 1, PaddingMode = PaddingMode.Reflect, InputHeight = 12, InputWidth = 12)] public partial class Reflected;
[Conv2d(3, 8, 7, Stride = 2, Padding = 3, InputHeight = 32, InputWidth = 32)] public partial class Stem;
[Conv2d(16, 16, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class ViewPerColumn;
// A 4.2 MB view of 4 channels: each kernel pads it band by band, just before the band reads its rows.
[Conv2d(4, 8, 3, Stride = 2, Padding = 1, InputHeight = 512, InputWidth = 512)] public partial class BandPadded;
// A one-row (1-D) stride-2 layer whose 1.15 MB view exceeds the L2 cache: each kernel runs it in spans of columns.
[Conv2d(96, 8, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, PaddingHeight = 0, PaddingWidth = 1, InputHeight = 1, InputWidth = 3000)] public partial class SpanRow;

/// <summary>A layer of this library: its type's name, its geometry (read from its generated constants) and its Forward.</summary>
public sealed class Layer
{
    private Layer(string name, Conv2dGeometry geometry, Func<float[], float[], float[], float[]> forward) =>
        (Name, Geometry, Forward) = (name, geometry, forward);

    public string Name { get; }

    public Conv2dGeometry Geometry { get; }

    /// <summary>Forward(weight, bias, input): the allocating overload, over a batch.</summary>
    public Func<float[], float[], float[], float[]> Forward { get; }

    public static IReadOnlyList<Layer> All { get; } = new[]
    {
        Of<Rows>((w, b, x) => new Rows(w, b).Forward(x)),
        Of<OneRun>((w, b, x) => new OneRun(w, b).Forward(x)),
        Of<Pointwise2>((w, b, x) => new Pointwise2(w).Forward(x)),
        Of<Strided>((w, b, x) => new Strided(w, b).Forward(x)),
        Of<Overhang>((w, b, x) => new Overhang(w, b).Forward(x)),
        Of<TallOverhang>((w, b, x) => new TallOverhang(w, b).Forward(x)),
        Of<Depthwise5x5Stride2>((w, b, x) => new Depthwise5x5Stride2(w, b).Forward(x)),
        Of<FlatRow>((w, b, x) => new FlatRow(w, b).Forward(x)),
        Of<DotProduct>((w, b, x) => new DotProduct(w, b).Forward(x)),
        Of<Dilated>((w, b, x) => new Dilated(w, b).Forward(x)),
        Of<Reflected>((w, b, x) => new Reflected(w, b).Forward(x)),
        Of<Stem>((w, b, x) => new Stem(w, b).Forward(x)),
        Of<ViewPerColumn>((w, b, x) => new ViewPerColumn(w, b).Forward(x)),
        Of<BandPadded>((w, b, x) => new BandPadded(w, b).Forward(x)),
        Of<SpanRow>((w, b, x) => new SpanRow(w, b).Forward(x)),
    };

    private static Layer Of<T>(Func<float[], float[], float[], float[]> forward)
    {
        object Constant(string name) => typeof(T).GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
        int Int(string name) => (int)Constant(name);
        var geometry = new Conv2dGeometry(Int("InChannels"), Int("OutChannels"), Int("KernelHeight"), Int("KernelWidth"),
            Int("InputHeight"), Int("InputWidth"), Int("StrideHeight"), Int("StrideWidth"), Int("PaddingHeight"), Int("PaddingWidth"),
            Int("DilationHeight"), Int("DilationWidth"), Int("Groups"), (bool)Constant("HasBias"), (PaddingMode)Constant("PaddingMode"));
        return new Layer(typeof(T).Name, geometry, forward);
    }
}

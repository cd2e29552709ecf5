using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Conv.Tests;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// The trained network of tests/fixtures/weights (conv, BatchNorm, ReLU, conv, BatchNorm, ReLU, 1x1 conv), declared with
/// its state_dict names, loaded by the generated Load from each of its four files (F32, F16 and BF16 safetensors, the
/// .npy folder), run layer by layer and folded (conv + BatchNorm + ReLU as one [Composite]) against PyTorch's output of
/// every module. Then what Load refuses, and how it says so.
/// </summary>
public class TrainedModelTests
{
    private static string Folder => Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures", "weights");

    public static TheoryData<string, double> Sources() => new()
    {
        { "model.safetensors", 1e-4 },
        { "npy", 1e-4 },
        { "model_f16.safetensors", 5e-3 },   // weights rounded to 11 significant bits
        { "model_bf16.safetensors", 4e-2 },  // and to 8
    };

    private static SafeTensors Open(string source) =>
        source == "npy" ? Npy.ReadFolder(Path.Combine(Folder, "npy")) : SafeTensors.Open(Path.Combine(Folder, source));

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_module_loaded_by_name_matches_PyTorch(string source, double tolerance)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "model.json")));
        var root = json.RootElement;
        float[] Floats(JsonElement e) => e.EnumerateArray().Select(v => (float)v.GetDouble()).ToArray();
        var outputs = root.GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!, o => Floats(o.GetProperty("output")));
        var input = Floats(root.GetProperty("input"));
        using var tensors = Open(source);

        // Layer by layer, as PyTorch ran them.
        var x0 = TrainedConv0.Load(tensors).Forward(input);
        Tolerance.Equal(outputs["0"], x0, $"{source}: module 0", tolerance);
        var x1 = TrainedNorm1.Load(tensors).Forward(x0);
        Tolerance.Equal(outputs["1"], x1, $"{source}: module 1", tolerance);
        var x2 = TrainedNorm1Relu.Load(tensors).Forward(x0);
        Tolerance.Equal(outputs["2"], x2, $"{source}: module 2 (ReLU fused in the BatchNorm)", tolerance);
        var x3 = TrainedConv3.Load(tensors).Forward(x2);
        Tolerance.Equal(outputs["3"], x3, $"{source}: module 3", tolerance);
        var x5 = TrainedNorm4Relu.Load(tensors).Forward(x3);
        Tolerance.Equal(outputs["5"], x5, $"{source}: module 5", tolerance);
        var x6 = TrainedConv6.Load(tensors).Forward(x5);
        Tolerance.Equal(outputs["6"], x6, $"{source}: module 6", tolerance);

        // Folded: each conv with its BatchNorm and ReLU one conv, composed on load.
        var folded = TrainedConv6.Load(tensors).Forward(TrainedBlock2.Load(tensors).Forward(TrainedBlock1.Load(tensors).Forward(input)));
        Tolerance.Equal(Floats(root.GetProperty("output")), folded, $"{source}: folded network", tolerance);
        Assert.True(TrainedBlock1.IsExact && TrainedBlock2.IsExact);
    }

    [Fact]
    public void An_explicit_name_or_a_prefix_loads_other_modules()
    {
        using var tensors = SafeTensors.Open(Path.Combine(Folder, "model.safetensors"));
        var unnamed = TrainedUnnamed.Load(tensors, "0");
        Assert.Equal(tensors.ReadFloat32("0.weight"), unnamed.Weight);
        Assert.Equal(tensors.ReadFloat32("0.bias"), unnamed.Bias);
        Assert.Equal(tensors.ReadFloat32("4.running_var"), TrainedNorm4Relu.Load(tensors).RunningVar);
        // The prefix goes before each member's own name: "x" + "0" reads "x.0.weight", which this file lacks.
        Assert.Contains("has no tensor \"x.0.weight\"", Assert.Throws<InvalidDataException>(() => TrainedBlock1.Load(tensors, "x")).Message);
    }

    [Fact]
    public void Wrong_declarations_are_refused_naming_the_tensor_and_both_shapes()
    {
        using var tensors = SafeTensors.Open(Path.Combine(Folder, "model.safetensors"));
        Assert.Equal("tests/fixtures/weights/model.safetensors: tensor \"0.weight\" has shape [8, 3, 3, 3] but TrainedSwapped needs [3, 8, 3, 3]: " +
                     "its first two axes look swapped (IOHW, as a ConvTranspose2d's weight, where OIHW is expected)",
            Relative(Assert.Throws<InvalidDataException>(() => TrainedSwapped.Load(tensors)).Message));
        Assert.Contains("\"0.weight\" has shape [8, 3, 3, 3] but TrainedWide needs [8, 3, 5, 5]", Assert.Throws<InvalidDataException>(() => TrainedWide.Load(tensors)).Message);
        Assert.Contains("has no tensor \"9.weight\", which TrainedMissing needs with shape [8, 3, 3, 3]", Assert.Throws<InvalidDataException>(() => TrainedMissing.Load(tensors)).Message);
        Assert.Contains("has no tensor \"3.bias\", which TrainedConv3WithBias needs with shape [4]", Assert.Throws<InvalidDataException>(() => TrainedConv3WithBias.Load(tensors)).Message);
        Assert.Contains("has \"0.bias\" but TrainedConv0NoBias has no bias", Assert.Throws<InvalidDataException>(() => TrainedConv0NoBias.Load(tensors)).Message);
        Assert.Contains("TrainedUnnamed has no Name to load by", Assert.Throws<ArgumentException>(() => TrainedUnnamed.Load(tensors)).Message);
    }

    [Fact]
    public void A_weight_holding_NaN_is_refused_with_its_index()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "model.safetensors"));
        // 0.weight's data starts at byte 48 of the data (its data_offsets); poison its element [0, 0, 0, 1].
        var headerLength = (int)BitConverter.ToUInt64(bytes, 0);
        BitConverter.GetBytes(float.NaN).CopyTo(bytes, 8 + headerLength + 48 + 4);

        using var poisoned = SafeTensors.Read(bytes);
        Assert.Contains("tensor \"0.weight\" holds NaN at [0, 0, 0, 1]", Assert.Throws<InvalidDataException>(() => TrainedConv0.Load(poisoned)).Message);
    }

    private static string Relative(string message) => message.Replace(Fixtures.RepositoryRoot + Path.DirectorySeparatorChar, "").Replace('\\', '/');
}

[Conv2d(3, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 12, Name = "0")]
public partial class TrainedConv0;

[BatchNorm2d(8, InputHeight = 10, InputWidth = 12, Name = "1")]
public partial class TrainedNorm1;

[BatchNorm2d(8, InputHeight = 10, InputWidth = 12, Name = "1", Activation = Activation.Relu)]
public partial class TrainedNorm1Relu;

[Composite(typeof(TrainedConv0), typeof(TrainedNorm1Relu))]
public partial class TrainedBlock1;

[Conv2d(8, 4, 3, Padding = 1, Bias = false, InputHeight = 10, InputWidth = 12, Name = "3")]
public partial class TrainedConv3;

[BatchNorm2d(4, InputHeight = 10, InputWidth = 12, Name = "4", Activation = Activation.Relu)]
public partial struct TrainedNorm4Relu;

[Composite(typeof(TrainedConv3), typeof(TrainedNorm4Relu))]
public partial class TrainedBlock2;

[Conv2d(4, 2, 1, InputHeight = 10, InputWidth = 12, Name = "6")]
public partial class TrainedConv6;

[Conv2d(3, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 12)]
public partial class TrainedUnnamed;

[Conv2d(8, 3, 3, Padding = 1, InputHeight = 10, InputWidth = 12, Name = "0")]
public partial class TrainedSwapped;

[Conv2d(3, 8, 5, Padding = 2, InputHeight = 10, InputWidth = 12, Name = "0")]
public partial class TrainedWide;

[Conv2d(3, 8, 3, Padding = 1, InputHeight = 10, InputWidth = 12, Name = "9")]
public partial class TrainedMissing;

[Conv2d(8, 4, 3, Padding = 1, InputHeight = 10, InputWidth = 12, Name = "3")]
public partial class TrainedConv3WithBias;

[Conv2d(3, 8, 3, Padding = 1, Bias = false, InputHeight = 10, InputWidth = 12, Name = "0")]
public partial class TrainedConv0NoBias;

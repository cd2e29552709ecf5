using System;
using System.IO;

namespace Conv;

/// <summary>
/// What a generated <c>Load</c> calls: the module name to read, and each tensor checked against the layer's shape
/// before anything is built, so that a layer is loaded whole or not at all. Rarely needed directly.
/// </summary>
public static class TensorLoading
{
    /// <summary>The module name to load: <paramref name="name"/> when given, else the layer's declared <c>Name</c>.</summary>
    /// <exception cref="ArgumentException">Neither is given.</exception>
    public static string ModuleName(string layer, string? name, string? declared) =>
        name ?? declared ?? throw new ArgumentException(
            $"{layer} has no Name to load by: pass the module name (its tensors' prefix in the state_dict, \"features.0\" say) or set Name on its attribute",
            nameof(name));

    /// <summary>
    /// The module name of a member of a composite, sum or concat: its own declared name under <paramref name="prefix"/>
    /// (<c>prefix.name</c>), its declared name without one, the prefix alone when it declares none.
    /// </summary>
    public static string? MemberName(string? prefix, string? declared) =>
        prefix is null ? declared : declared is null ? prefix : prefix + "." + declared;

    /// <summary>
    /// Reads <c>module.parameter</c> as float32, checked to have exactly <paramref name="shape"/> and only finite values.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// The tensor is missing, not a float tensor, of another shape (the message says when its axes look swapped, as an
    /// IOHW weight where OIHW is expected), or holds a NaN or an infinity.
    /// </exception>
    public static float[] Read(SafeTensors tensors, string layer, string module, string parameter, params int[] shape)
    {
        if (tensors is null) throw new ArgumentNullException(nameof(tensors));
        if (shape is null) throw new ArgumentNullException(nameof(shape));
        var key = module + "." + parameter;
        if (!tensors.Contains(key))
            throw new InvalidDataException($"{tensors.Source} has no tensor \"{key}\", which {layer} needs with shape {SafeTensorsHeader.ShapeText(shape)}");
        if (!tensors.IsFloat(key))
            throw new InvalidDataException($"{tensors.Source}: tensor \"{key}\" is {tensors.DType(key)}, but {layer} needs floats");
        var actual = tensors.Shape(key);
        if (!SafeTensorsHeader.SameShape(actual, shape))
            throw new InvalidDataException($"{tensors.Source}: tensor \"{key}\" has shape {SafeTensorsHeader.ShapeText(actual)} but {layer} needs " +
                                           $"{SafeTensorsHeader.ShapeText(shape)}{SafeTensorsHeader.AxesHint(actual, shape)}");
        var values = tensors.ReadFloat32(key);
        for (var i = 0; i < values.Length; i++)
            if (float.IsNaN(values[i]) || float.IsInfinity(values[i]))
                throw new InvalidDataException($"{tensors.Source}: tensor \"{key}\" holds {values[i].ToString(System.Globalization.CultureInfo.InvariantCulture)} at {Index(i, shape)}: {layer} would compute nothing but that");
        return values;
    }

    /// <summary>Checks that a layer without a bias is not given one: the file's <c>module.bias</c> would be silently dropped.</summary>
    /// <exception cref="InvalidDataException">The file has <c>module.bias</c>.</exception>
    public static void RequireNoBias(SafeTensors tensors, string layer, string module)
    {
        if (tensors is null) throw new ArgumentNullException(nameof(tensors));
        if (tensors.Contains(module + ".bias"))
            throw new InvalidDataException($"{tensors.Source} has \"{module}.bias\" but {layer} has no bias: set Bias = true on {layer} (PyTorch's default)");
    }

    private static string Index(int flat, int[] shape)
    {
        var index = new int[shape.Length];
        for (var axis = shape.Length - 1; axis >= 0; axis--)
        {
            index[axis] = flat % shape[axis];
            flat /= shape[axis];
        }

        return SafeTensorsHeader.ShapeText(index);
    }
}

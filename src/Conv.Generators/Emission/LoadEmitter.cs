using System.Linq;
using Conv.Generators.Model;

namespace Conv.Generators.Emission;

/// <summary>
/// Writes <c>Load</c>: a layer from a PyTorch state_dict by its module name, every tensor checked against the layer's
/// shape before anything is built (<c>TensorLoading</c>); a composite, sum or concat from its members' own names
/// (under a prefix when one is given), composed on load.
/// </summary>
internal static class LoadEmitter
{
    private const string Loading = "global::Conv.TensorLoading";
    private const string Tensors = "global::Conv.SafeTensors tensors";

    public static void Write(IndentedWriter w, LayerModel model, Conv2dGeometry g)
    {
        // An abstract layer type cannot be created (its derived types load through their constructors), nor can a layer
        // made of one be loaded: the user's own code creates those.
        if (!model.HasLoad) return;
        var name = model.Name;
        var layer = Names.String(model.Name.TrimStart('@'));
        w.Line();
        switch (model.Kind)
        {
            case LayerKind.Conv2d:
                Summary(w, model, "<c>name.weight</c> (OIHW)" + (g.HasBias ? " and <c>name.bias</c>" : ""));
                using (w.Block($"public static {name} Load({Tensors}, string? name = null)"))
                {
                    w.Line($"string module = {Loading}.ModuleName({layer}, name, {Names.String(model.ModuleName)});");
                    w.Line($"float[] weight = {Loading}.Read(tensors, {layer}, module, \"weight\", OutChannels, InChannels / Groups, KernelHeight, KernelWidth);");
                    if (g.HasBias)
                    {
                        w.Line($"float[] bias = {Loading}.Read(tensors, {layer}, module, \"bias\", OutChannels);");
                        w.Line($"return new {name}(weight, bias);");
                    }
                    else
                    {
                        w.Line($"{Loading}.RequireNoBias(tensors, {layer}, module);");
                        w.Line($"return new {name}(weight);");
                    }
                }

                break;
            case LayerKind.BatchNorm2d:
                Summary(w, model, "<c>name.weight</c>, <c>name.bias</c>, <c>name.running_mean</c> and <c>name.running_var</c> (<c>name.num_batches_tracked</c> is not needed)");
                using (w.Block($"public static {name} Load({Tensors}, string? name = null)"))
                {
                    w.Line($"string module = {Loading}.ModuleName({layer}, name, {Names.String(model.ModuleName)});");
                    foreach (var (local, key) in new[] { ("weight", "weight"), ("bias", "bias"), ("mean", "running_mean"), ("variance", "running_var") })
                        w.Line($"float[] {local} = {Loading}.Read(tensors, {layer}, module, \"{key}\", InChannels);");
                    w.Line($"return new {name}(weight, bias, mean, variance);");
                }

                break;
            default:
                w.Line($"/// <summary>Loads each member from a PyTorch state_dict by its own Name and composes them (see <see cref=\"Compose\"/>).</summary>");
                w.Line("/// <param name=\"tensors\">The state_dict.</param>");
                w.Line("/// <param name=\"name\">A prefix for the members' names (\"stage1.0\" reads \"stage1.0.conv.weight\" for a member named \"conv\"); null: none.</param>");
                w.Line("/// <exception cref=\"global::System.IO.InvalidDataException\">A tensor is missing or has another shape; nothing is loaded then.</exception>");
                w.Line("/// <exception cref=\"global::System.ArgumentException\">A member has no Name to load by.</exception>");
                var arguments = model.Members.Where(m => m.Kind != LayerKind.Identity)
                    .Select(m => $"{m.TypeName}.Load(tensors, {(m.ModuleName is null ? "name" : $"{Loading}.MemberName(name, {Names.String(m.ModuleName)})")})");
                w.Line($"{model.ComposeAccessibility} static {name} Load({Tensors}, string? name = null) =>");
                w.Line($"    Compose({string.Join(", ", arguments)});");
                break;
        }
    }

    private static void Summary(IndentedWriter w, LayerModel model, string tensors)
    {
        w.Line($"/// <summary>Loads the layer from a PyTorch state_dict: {tensors}, each checked against the layer's shape.</summary>");
        w.Line("/// <param name=\"tensors\">The state_dict (<c>SafeTensors.Open</c>, or <c>Npy.ReadFolder</c>).</param>");
        w.Line(model.ModuleName is null
            ? "/// <param name=\"name\">The module name (\"features.0\"); the attribute sets none, so it is required.</param>"
            : $"/// <param name=\"name\">The module name; null: the attribute's Name, {System.Security.SecurityElement.Escape(Names.String(model.ModuleName))}.</param>");
        w.Line("/// <exception cref=\"global::System.IO.InvalidDataException\">A tensor is missing, is not a float tensor, has another shape, or holds a NaN or an infinity.</exception>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">No name is given and the attribute sets none.</exception>");
    }
}

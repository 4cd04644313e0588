using static Notebooks.Kernel.Html.HtmlBuilder;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Formatters;

/// <summary>A tensor's shape, dtype, device and a bounded preview of its values.</summary>
public static class TensorFormatter
{
    public static string Header(Tensor tensor) =>
        tensor.IsInvalid
            ? "Tensor (disposed)"
            : $"Tensor shape=[{string.Join(", ", tensor.shape)}] dtype={tensor.dtype} device={tensor.device}" +
              (tensor.requires_grad ? " requires_grad" : "");

    public static string ToText(Tensor tensor) =>
        tensor.IsInvalid ? Header(tensor) : Header(tensor) + Environment.NewLine + TensorPreview.Of(tensor);

    public static string ToHtml(Tensor tensor) =>
        Element("div", TextElement("p", Header(tensor), "font-family:monospace;font-weight:bold")
                       + (tensor.IsInvalid ? "" : TextElement("pre", TensorPreview.Of(tensor))));
}

internal import CXKBCommon

/// A compiled XKB keymap for one keyboard layout.
///
/// USB barcode scanners are keyboards: they send key codes, and which characters those
/// codes mean depends on the layout the scanner was set up for (a scanner configured for
/// German sends KEY_Y for "z"). Compiling the layout here, per scanner, instead of relying
/// on the console's layout, lets one station use scanners configured for different
/// countries. The names are RMLVO (rules, model, layout, variant, options) as in
/// `/usr/share/X11/xkb/rules/evdev.lst`.
///
/// Not `Sendable`: libxkbcommon contexts are not thread-safe. Create the layout in the task
/// that reads the scanner.
public final class KeyboardLayout {
    // MARK: Names

    /// The rules file, normally "evdev" for key codes from the Linux input layer.
    public let rules: String
    /// The keyboard model, e.g. "pc105".
    public let model: String
    /// The layout, e.g. "us", "de", "fr", "gb".
    public let layout: String
    /// The variant of the layout, e.g. "nodeadkeys" for "de"; nil for the default.
    public let variant: String?
    /// XKB options, e.g. "caps:none"; nil for none.
    public let options: String?

    // MARK: Owned C objects

    private let logCollector: XKBLogCollector
    private let context: OpaquePointer
    /// The compiled keymap; `KeyboardState` creates its `xkb_state` from it.
    let keymap: OpaquePointer

    // MARK: Compiling

    /// Compiles the keymap for these names.
    ///
    /// Names come only from the arguments, never from `XKB_DEFAULT_*` environment
    /// variables, so a station behaves the same whoever starts it. An empty layout is
    /// rejected rather than silently becoming "us".
    public init(
        layout: String,
        variant: String? = nil,
        model: String = "pc105",
        rules: String = "evdev",
        options: String? = nil
    ) throws(KeyboardLayoutError) {
        self.rules = rules
        self.model = model
        self.layout = layout
        self.variant = variant
        self.options = options

        guard let context = xkb_context_new(XKB_CONTEXT_NO_ENVIRONMENT_NAMES) else {
            throw .contextUnavailable
        }
        let collector = XKBLogCollector()
        collector.attach(to: context)

        let keymap: OpaquePointer? =
            layout.isEmpty
            ? nil
            : rules.withCString { rules in
                model.withCString { model in
                    layout.withCString { layout in
                        (variant ?? "").withCString { variant in
                            (options ?? "").withCString { options in
                                var names = xkb_rule_names(
                                    rules: rules, model: model, layout: layout,
                                    variant: variant, options: options)
                                return xkb_keymap_new_from_names(
                                    context, &names, XKB_KEYMAP_COMPILE_NO_FLAGS)
                            }
                        }
                    }
                }
            }
        guard let keymap else {
            // The first message names the cause ("Couldn't find file symbols/xx"); the
            // rest list include paths and the compile stages that gave up.
            let details = Array(collector.messages.prefix(1))
            xkb_context_unref(context)
            throw .unknownLayout(layout, variant: variant, model: model, rules: rules, details: details)
        }
        collector.reset()
        self.logCollector = collector
        self.context = context
        self.keymap = keymap
    }

    deinit {
        xkb_keymap_unref(keymap)
        xkb_context_unref(context)
    }
}

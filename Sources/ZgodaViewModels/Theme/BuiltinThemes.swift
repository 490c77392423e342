// The themes shipped in themes/*.toml, compiled in so the binary works wherever it is copied.
// A test keeps these identical to the files.
public enum BuiltinThemes {
    public static let sources: [String: String] = [
        "default": #"""
# Zgoda theme "default": for dark terminals. Roles and keys: docs/themes.md.
name = "default"

[roles]
list            = { fg = "default", bg = "default" }
selection       = { fg = "black", bg = "cyan", attrs = ["bold"] }
header          = { fg = "bright-white", bg = "blue", attrs = ["bold"] }
column-header   = { fg = "cyan", attrs = ["bold", "underline"] }
footer          = { fg = "white", bg = "blue" }
"footer.key"    = { fg = "bright-yellow", bg = "blue", attrs = ["bold"] }
status          = { fg = "bright-green", attrs = ["bold"] }
error           = { fg = "bright-red", attrs = ["bold"] }
warning         = { fg = "bright-yellow", attrs = ["bold"] }
detail          = { fg = "default" }
label           = { fg = "cyan" }
field           = { fg = "default", attrs = ["underline"] }
"field.focus"   = { fg = "black", bg = "bright-cyan" }
dialog          = { fg = "white", bg = "bright-black" }
"dialog.title"  = { fg = "bright-yellow", bg = "bright-black", attrs = ["bold"] }
help            = { fg = "white", bg = "bright-black" }
"history.time"  = { fg = "bright-black" }
"history.kind"  = { fg = "magenta" }
"history.change" = { fg = "yellow" }
"badge.granted"   = { fg = "bright-green", attrs = ["bold"] }
"badge.refused"   = { fg = "bright-red" }
"badge.withdrawn" = { fg = "yellow" }
"badge.expired"   = { fg = "magenta" }
"badge.outdated"  = { fg = "bright-magenta" }
"badge.none"      = { fg = "bright-black" }
customer        = { fg = "default" }
"customer.title" = { fg = "bright-cyan", attrs = ["bold"] }
search          = { fg = "bright-yellow", attrs = ["bold"] }
"""#,
        "light": #"""
# Zgoda theme "light": for terminals with a light background. Roles and keys: docs/themes.md.
name = "light"

[roles]
list            = { fg = "default", bg = "default" }
selection       = { fg = "white", bg = "blue", attrs = ["bold"] }
header          = { fg = "white", bg = "blue", attrs = ["bold"] }
column-header   = { fg = "blue", attrs = ["bold", "underline"] }
footer          = { fg = "black", bg = "white" }
"footer.key"    = { fg = "blue", bg = "white", attrs = ["bold"] }
status          = { fg = "green", attrs = ["bold"] }
error           = { fg = "red", attrs = ["bold"] }
warning         = { fg = "yellow", attrs = ["bold", "underline"] }
detail          = { fg = "default" }
label           = { fg = "blue" }
field           = { fg = "default", attrs = ["underline"] }
"field.focus"   = { fg = "black", bg = "bright-yellow" }
dialog          = { fg = "black", bg = "white" }
"dialog.title"  = { fg = "blue", bg = "white", attrs = ["bold"] }
help            = { fg = "black", bg = "white" }
"history.time"  = { fg = "blue" }
"history.kind"  = { fg = "magenta" }
"history.change" = { fg = "red" }
"badge.granted"   = { fg = "green", attrs = ["bold"] }
"badge.refused"   = { fg = "red" }
"badge.withdrawn" = { fg = "yellow", attrs = ["bold"] }
"badge.expired"   = { fg = "magenta" }
"badge.outdated"  = { fg = "magenta", attrs = ["bold"] }
"badge.none"      = { fg = "default", attrs = ["dim"] }
customer        = { fg = "default" }
"customer.title" = { fg = "blue", attrs = ["bold"] }
search          = { fg = "blue", attrs = ["bold"] }
"""#,
        "high-contrast": #"""
# Zgoda theme "high-contrast": strongest contrast, bold text. Roles and keys: docs/themes.md.
name = "high-contrast"

[roles]
list            = { fg = "bright-white", bg = "black" }
selection       = { fg = "black", bg = "bright-yellow", attrs = ["bold"] }
header          = { fg = "black", bg = "bright-white", attrs = ["bold"] }
column-header   = { fg = "bright-yellow", bg = "black", attrs = ["bold", "underline"] }
footer          = { fg = "black", bg = "bright-white", attrs = ["bold"] }
"footer.key"    = { fg = "black", bg = "bright-yellow", attrs = ["bold"] }
status          = { fg = "bright-green", bg = "black", attrs = ["bold"] }
error           = { fg = "bright-white", bg = "red", attrs = ["bold"] }
warning         = { fg = "black", bg = "bright-yellow", attrs = ["bold"] }
detail          = { fg = "bright-white", bg = "black" }
label           = { fg = "bright-cyan", bg = "black", attrs = ["bold"] }
field           = { fg = "bright-white", bg = "black", attrs = ["underline"] }
"field.focus"   = { fg = "black", bg = "bright-white", attrs = ["bold"] }
dialog          = { fg = "bright-white", bg = "blue", attrs = ["bold"] }
"dialog.title"  = { fg = "bright-yellow", bg = "blue", attrs = ["bold"] }
help            = { fg = "bright-white", bg = "blue" }
"history.time"  = { fg = "bright-cyan", bg = "black" }
"history.kind"  = { fg = "bright-magenta", bg = "black", attrs = ["bold"] }
"history.change" = { fg = "bright-yellow", bg = "black" }
"badge.granted"   = { fg = "bright-green", bg = "black", attrs = ["bold"] }
"badge.refused"   = { fg = "bright-red", bg = "black", attrs = ["bold"] }
"badge.withdrawn" = { fg = "bright-yellow", bg = "black", attrs = ["bold"] }
"badge.expired"   = { fg = "bright-magenta", bg = "black", attrs = ["bold"] }
"badge.outdated"  = { fg = "bright-magenta", bg = "black", attrs = ["bold", "underline"] }
"badge.none"      = { fg = "bright-white", bg = "black" }
customer        = { fg = "bright-white", bg = "black" }
"customer.title" = { fg = "bright-yellow", bg = "black", attrs = ["bold"] }
search          = { fg = "bright-yellow", bg = "black", attrs = ["bold"] }
"""#,
    ]
}

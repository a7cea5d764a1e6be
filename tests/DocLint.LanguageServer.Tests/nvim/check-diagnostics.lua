-- Headless Neovim (0.7+) with its built-in LSP client started on `doclint lsp` for the opened Markdown file.
-- Waits for diagnostics and writes what vim.diagnostic.get() returns to $DOCLINT_RESULT as JSON, then quits.
local cmd = vim.fn.json_decode(vim.env.DOCLINT_CMD)
local root = vim.env.DOCLINT_ROOT
local result = vim.env.DOCLINT_RESULT

local client = vim.lsp.start_client({ name = 'doclint', cmd = cmd, root_dir = root })
vim.lsp.buf_attach_client(0, client)

local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message })
end
local file = io.open(result, 'w')
file:write(vim.fn.json_encode({ ok = ok, diagnostics = out }))
file:close()
vim.lsp.stop_client(client)
vim.wait(5000, function() return vim.lsp.client_is_stopped(client) end, 50)
vim.cmd('qa!')

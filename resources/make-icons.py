#!/usr/bin/env python3
# Writes the icon set and icons.qrc: run from resources/ after changing a glyph or a colour.
import os
# Mid-tone strokes read on both light and dark backgrounds.
BLUE='#3b82c4'; GREEN='#2e9d57'; RED='#d64541'; ORANGE='#e08a1e'; GREY='#7a8694'; PURPLE='#8e5cc2'
def svg(body):
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" '
            'fill="none" stroke-linecap="round" stroke-linejoin="round" stroke-width="2">\n' + body + '\n</svg>\n')
glyph = {
 'backup': lambda c: f'<ellipse cx="12" cy="6" rx="7" ry="3" stroke="{c}"/><path d="M5 6v6c0 1.7 3.1 3 7 3s7-1.3 7-3V6" stroke="{c}"/><path d="M5 12v6c0 1.7 3.1 3 7 3s7-1.3 7-3v-6" stroke="{c}"/>',
 'restore': lambda c: f'<path d="M4 12a8 8 0 1 0 2.3-5.6" stroke="{c}"/><path d="M4 4v4h4" stroke="{c}"/><path d="M12 8v4l3 2" stroke="{c}"/>',
 'delete': lambda c: f'<path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" stroke="{c}"/><path d="M10 11v6M14 11v6" stroke="{c}"/>',
 'other': lambda c: f'<circle cx="12" cy="12" r="8" stroke="{c}"/><path d="M12 8v4l3 2" stroke="{c}"/>',
}
actions = {
 'backup': glyph['backup'](BLUE),
 'restore': glyph['restore'](GREEN),
 'delete': glyph['delete'](RED),
 'refresh': f'<path d="M20 12a8 8 0 1 1-2.3-5.6" stroke="{BLUE}"/><path d="M20 4v4h-4" stroke="{BLUE}"/>',
 'copy': f'<rect x="8" y="8" width="12" height="12" rx="2" stroke="{GREY}"/><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" stroke="{GREY}"/>',
 'export': f'<path d="M6 3h8l4 4v14H6z" stroke="{GREY}"/><path d="M14 3v4h4" stroke="{GREY}"/><path d="M9 13h6M9 17h6" stroke="{GREEN}"/>',
 'cancel': f'<circle cx="12" cy="12" r="8" stroke="{RED}"/><path d="M9 9l6 6M15 9l-6 6" stroke="{RED}"/>',
 'log': f'<rect x="4" y="3" width="16" height="18" rx="2" stroke="{GREY}"/><path d="M8 8h8M8 12h8M8 16h5" stroke="{BLUE}"/>',
 'account': f'<circle cx="12" cy="8" r="4" stroke="{BLUE}"/><path d="M4 21c0-4 3.6-7 8-7s8 3 8 7" stroke="{BLUE}"/>',
 'organization': f'<rect x="4" y="4" width="10" height="17" stroke="{GREY}"/><path d="M14 9h6v12h-6M7 8h4M7 12h4M7 16h4" stroke="{GREY}"/>',
 'project': f'<path d="M3 7l9-4 9 4-9 4z" stroke="{PURPLE}"/><path d="M3 12l9 4 9-4M3 17l9 4 9-4" stroke="{PURPLE}"/>',
 'sandbox': f'<path d="M4 10h16l-2 10H6z" stroke="{ORANGE}"/><path d="M8 10c0-3 2-6 4-6s4 3 4 6" stroke="{ORANGE}"/>',
 'app': f'<rect x="2" y="2" width="20" height="20" rx="5" fill="{BLUE}" stroke="none"/><ellipse cx="12" cy="7.5" rx="5.5" ry="2.2" stroke="#ffffff"/><path d="M6.5 7.5v8c0 1.2 2.5 2.2 5.5 2.2s5.5-1 5.5-2.2v-8M6.5 11.5c0 1.2 2.5 2.2 5.5 2.2s5.5-1 5.5-2.2" stroke="#ffffff"/>',
 'badge-legacy': f'<path d="M12 3l9 16H3z" fill="{ORANGE}" stroke="{ORANGE}"/><path d="M12 9v5" stroke="#ffffff"/><circle cx="12" cy="17" r="0.6" stroke="#ffffff"/>',
 'env-production': f'<rect x="3" y="4" width="18" height="16" rx="3" fill="{RED}" stroke="none"/><path d="M8 16V8h4.5a2.5 2.5 0 0 1 0 5H8" stroke="#ffffff"/>',
 'env-staging': f'<rect x="3" y="4" width="18" height="16" rx="3" fill="{ORANGE}" stroke="none"/><path d="M15 9c-.5-1-1.6-1.5-3-1.5-1.8 0-3 .9-3 2.2 0 3 6 1.6 6 4.6 0 1.3-1.3 2.2-3 2.2-1.5 0-2.6-.6-3-1.6" stroke="#ffffff"/>',
 'env-development': f'<rect x="3" y="4" width="18" height="16" rx="3" fill="{GREEN}" stroke="none"/><path d="M8 8h2.5a4 4 0 0 1 0 8H8z" stroke="#ffffff"/>',
}
marks = {
 'running': f'<circle cx="18" cy="18" r="5" fill="{BLUE}" stroke="none"/><path d="M18 15.5V18l1.6 1.2" stroke="#ffffff" stroke-width="1.5"/>',
 'success': f'<circle cx="18" cy="18" r="5" fill="{GREEN}" stroke="none"/><path d="M15.6 18l1.6 1.6 3-3.2" stroke="#ffffff" stroke-width="1.5"/>',
 'failure': f'<circle cx="18" cy="18" r="5" fill="{RED}" stroke="none"/><path d="M16.3 16.3l3.4 3.4M19.7 16.3l-3.4 3.4" stroke="#ffffff" stroke-width="1.5"/>',
}
colour = {'backup': BLUE, 'restore': GREEN, 'delete': RED, 'other': GREY}
os.makedirs('icons', exist_ok=True)
files = []
for name, body in actions.items():
    open(f'icons/{name}.svg', 'w').write(svg(body)); files.append(f'icons/{name}.svg')
for kind, g in glyph.items():
    for outcome, mark in marks.items():
        # The glyph is shrunk to leave the corner to the outcome mark.
        body = f'<g transform="scale(0.82)">{g(colour[kind])}</g>{mark}'
        n = f'icons/activity-{kind}-{outcome}.svg'
        open(n, 'w').write(svg(body)); files.append(n)
with open('icons.qrc', 'w') as q:
    q.write('<!DOCTYPE RCC>\n<RCC version="1.0">\n    <qresource prefix="/">\n')
    for f in sorted(files):
        q.write(f'        <file>{f}</file>\n')
    q.write('    </qresource>\n</RCC>\n')

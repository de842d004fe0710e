import { definePreset } from '@primeuix/themes'
import Aura from '@primeuix/themes/aura'

/**
 * Aura with a dark red primary (the Party's colour) used at its 700 shade so that white text on it
 * passes WCAG AA contrast, and muted text one shade darker than Aura's default.
 *
 * The "dark" colour scheme is not a dark mode: it is the high-contrast theme (black, white, yellow),
 * switched on by the `hc` class on <html>.
 */
export const HandbookPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{red.50}',
      100: '{red.100}',
      200: '{red.200}',
      300: '{red.300}',
      400: '{red.400}',
      500: '{red.500}',
      600: '{red.600}',
      700: '{red.700}',
      800: '{red.800}',
      900: '{red.900}',
      950: '{red.950}',
    },
    focusRing: {
      width: '3px',
      style: 'solid',
      color: '{blue.700}',
      offset: '2px',
      shadow: 'none',
    },
    colorScheme: {
      light: {
        primary: {
          color: '{primary.700}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.800}',
          activeColor: '{primary.900}',
        },
        highlight: {
          background: '{primary.50}',
          focusBackground: '{primary.100}',
          color: '{primary.800}',
          focusColor: '{primary.900}',
        },
        formField: {
          borderColor: '{surface.500}',
          hoverBorderColor: '{surface.700}',
          color: '{surface.800}',
          placeholderColor: '{surface.600}',
          iconColor: '{surface.600}',
          floatLabelColor: '{surface.600}',
          floatLabelActiveColor: '{surface.600}',
        },
        text: {
          color: '{surface.800}',
          hoverColor: '{surface.900}',
          mutedColor: '{surface.600}',
          hoverMutedColor: '{surface.700}',
        },
        list: {
          option: {
            icon: { color: '{surface.600}', focusColor: '{surface.700}' },
          },
        },
      },
      dark: {
        surface: {
          0: '#ffffff',
          50: '#ffffff',
          100: '#f2f2f2',
          200: '#e6e6e6',
          300: '#d9d9d9',
          400: '#cccccc',
          500: '#bfbfbf',
          600: '#ffffff',
          700: '#ffffff',
          800: '#000000',
          900: '#000000',
          950: '#000000',
        },
        primary: {
          color: '#ffff00',
          contrastColor: '#000000',
          hoverColor: '#ffff66',
          activeColor: '#ffffaa',
        },
        highlight: {
          background: '#ffff00',
          focusBackground: '#ffff66',
          color: '#000000',
          focusColor: '#000000',
        },
        mask: { background: 'rgba(0,0,0,0.85)', color: '#ffffff' },
        formField: {
          background: '#000000',
          disabledBackground: '#1a1a1a',
          filledBackground: '#000000',
          filledHoverBackground: '#000000',
          filledFocusBackground: '#000000',
          borderColor: '#ffffff',
          hoverBorderColor: '#ffff00',
          focusBorderColor: '#ffff00',
          invalidBorderColor: '#ff9b9b',
          color: '#ffffff',
          disabledColor: '#e6e6e6',
          placeholderColor: '#d9d9d9',
          invalidPlaceholderColor: '#ff9b9b',
          floatLabelColor: '#ffffff',
          floatLabelFocusColor: '#ffff00',
          floatLabelActiveColor: '#ffffff',
          floatLabelInvalidColor: '#ff9b9b',
          iconColor: '#ffffff',
          shadow: 'none',
        },
        text: {
          color: '#ffffff',
          hoverColor: '#ffff00',
          mutedColor: '#f2f2f2',
          hoverMutedColor: '#ffffff',
        },
        content: {
          background: '#000000',
          hoverBackground: '#262626',
          borderColor: '#ffffff',
          color: '#ffffff',
          hoverColor: '#ffff00',
        },
        overlay: {
          select: { background: '#000000', borderColor: '#ffffff', color: '#ffffff' },
          popover: { background: '#000000', borderColor: '#ffffff', color: '#ffffff' },
          modal: { background: '#000000', borderColor: '#ffffff', color: '#ffffff' },
        },
        list: {
          option: {
            focusBackground: '#333333',
            selectedBackground: '#ffff00',
            selectedFocusBackground: '#ffff66',
            color: '#ffffff',
            focusColor: '#ffff00',
            selectedColor: '#000000',
            selectedFocusColor: '#000000',
            icon: { color: '#ffffff', focusColor: '#ffff00' },
          },
          optionGroup: { background: 'transparent', color: '#ffffff' },
        },
        navigation: {
          item: {
            focusBackground: '#333333',
            activeBackground: '#333333',
            color: '#ffffff',
            focusColor: '#ffff00',
            activeColor: '#ffff00',
            icon: { color: '#ffffff', focusColor: '#ffff00', activeColor: '#ffff00' },
          },
          submenuLabel: { background: 'transparent', color: '#ffffff' },
          submenuIcon: { color: '#ffffff', focusColor: '#ffff00', activeColor: '#ffff00' },
        },
      },
    },
  },
  components: {
    button: {
      colorScheme: {
        light: {
          root: {
            secondary: {
              background: '{surface.100}',
              hoverBackground: '{surface.200}',
              activeBackground: '{surface.300}',
              borderColor: '{surface.300}',
              color: '{surface.800}',
              hoverColor: '{surface.900}',
              activeColor: '{surface.900}',
            },
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
              color: '#ffffff',
              hoverColor: '#ffffff',
              activeColor: '#ffffff',
            },
          },
          outlined: {
            primary: { borderColor: '{primary.700}', color: '{primary.700}' },
            secondary: { borderColor: '{surface.500}', color: '{surface.800}', hoverBackground: '{surface.100}' },
            danger: { borderColor: '{red.700}', color: '{red.700}' },
          },
          text: {
            primary: { color: '{primary.700}' },
            secondary: { color: '{surface.800}' },
            danger: { color: '{red.700}' },
          },
        },
        dark: {
          root: {
            primary: {
              background: '#ffff00',
              hoverBackground: '#ffff66',
              activeBackground: '#ffffaa',
              borderColor: '#ffff00',
              hoverBorderColor: '#ffff66',
              activeBorderColor: '#ffffaa',
              color: '#000000',
              hoverColor: '#000000',
              activeColor: '#000000',
            },
            secondary: {
              background: '#000000',
              hoverBackground: '#262626',
              activeBackground: '#333333',
              borderColor: '#ffffff',
              hoverBorderColor: '#ffff00',
              activeBorderColor: '#ffff00',
              color: '#ffffff',
              hoverColor: '#ffff00',
              activeColor: '#ffff00',
            },
            danger: {
              background: '#000000',
              hoverBackground: '#262626',
              activeBackground: '#333333',
              borderColor: '#ff9b9b',
              hoverBorderColor: '#ff9b9b',
              activeBorderColor: '#ff9b9b',
              color: '#ff9b9b',
              hoverColor: '#ffc4c4',
              activeColor: '#ffc4c4',
            },
          },
          outlined: {
            primary: { hoverBackground: '#262626', activeBackground: '#333333', borderColor: '#ffff00', color: '#ffff00' },
            secondary: { hoverBackground: '#262626', activeBackground: '#333333', borderColor: '#ffffff', color: '#ffffff' },
            danger: { hoverBackground: '#262626', activeBackground: '#333333', borderColor: '#ff9b9b', color: '#ff9b9b' },
          },
          text: {
            primary: { hoverBackground: '#262626', activeBackground: '#333333', color: '#ffff00' },
            secondary: { hoverBackground: '#262626', activeBackground: '#333333', color: '#ffffff' },
          },
        },
      },
    },
    message: {
      colorScheme: {
        light: {
          info: { background: '{blue.50}', borderColor: '{blue.300}', color: '{blue.900}' },
          success: { background: '{green.50}', borderColor: '{green.300}', color: '{green.900}' },
          warn: { background: '{yellow.50}', borderColor: '{yellow.400}', color: '{yellow.900}' },
          error: { background: '{red.50}', borderColor: '{red.300}', color: '{red.900}' },
          secondary: { background: '{surface.100}', borderColor: '{surface.300}', color: '{surface.800}' },
        },
        dark: {
          info: { background: '#000000', borderColor: '#ffffff', color: '#ffffff' },
          success: { background: '#000000', borderColor: '#ffffff', color: '#ffffff' },
          warn: { background: '#000000', borderColor: '#ffff00', color: '#ffff00' },
          error: { background: '#000000', borderColor: '#ff9b9b', color: '#ff9b9b' },
          secondary: { background: '#000000', borderColor: '#ffffff', color: '#ffffff' },
        },
      },
    },
    toast: {
      colorScheme: {
        light: {
          info: { background: '{blue.50}', borderColor: '{blue.300}', color: '{blue.900}', detailColor: '{surface.800}' },
          success: { background: '{green.50}', borderColor: '{green.300}', color: '{green.900}', detailColor: '{surface.800}' },
          warn: { background: '{yellow.50}', borderColor: '{yellow.400}', color: '{yellow.900}', detailColor: '{surface.800}' },
          error: { background: '{red.50}', borderColor: '{red.300}', color: '{red.900}', detailColor: '{surface.800}' },
        },
        dark: {
          info: { background: '#000000', borderColor: '#ffffff', color: '#ffffff', detailColor: '#ffffff' },
          success: { background: '#000000', borderColor: '#ffffff', color: '#ffffff', detailColor: '#ffffff' },
          warn: { background: '#000000', borderColor: '#ffff00', color: '#ffff00', detailColor: '#ffffff' },
          error: { background: '#000000', borderColor: '#ff9b9b', color: '#ff9b9b', detailColor: '#ffffff' },
        },
      },
    },
  },
})

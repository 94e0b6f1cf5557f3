import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, sendToLogin } from './app/apollo';
import { router } from './app/router';
import { AuthProvider, ViewerDocument } from './auth/AuthProvider';
import { LanguageProvider } from './i18n/language';
import { ThemeProvider } from './app/ThemeProvider';

// A session that ends while the app is open (expired, account locked): back to /login, and
// `viewer` asked again so the app knows nobody is signed in.
const client = createApolloClient({
  onUnauthenticated: () => {
    sendToLogin(router);
    void client.refetchQueries({ include: [ViewerDocument] });
  },
});

// Icon names (English) out of the accessibility tree; loaded beside the first screen, not in it (it names what is already shown too).
void import('./app/iconNames').then(({ hideIconNames }) => hideIconNames());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <ThemeProvider>
        <ApolloProvider client={client}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </ApolloProvider>
      </ThemeProvider>
    </LanguageProvider>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from './app/apollo';
import { router } from './app/router';
import { LanguageProvider } from './i18n/language';
import { ThemeProvider } from './app/ThemeProvider';

const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <ThemeProvider>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </ThemeProvider>
    </LanguageProvider>
  </StrictMode>,
);

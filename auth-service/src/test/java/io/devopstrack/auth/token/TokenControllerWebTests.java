package io.devopstrack.auth.token;

import static io.devopstrack.testsupport.Callers.viewer;
import static io.devopstrack.testsupport.JsonRequests.postJson;
import static io.devopstrack.testsupport.ProblemResults.invalidFields;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.devopstrack.auth.support.AuthWebTest;
import io.devopstrack.testsupport.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@AuthWebTest(TokenController.class)
class TokenControllerWebTests extends WebSliceTest {

    private static final String REFRESH = "/auth/refresh";
    private static final String LOGOUT = "/auth/logout";
    private static final String PRESENTED = "{\"refreshToken\":\"refresh-1\"}";

    @MockitoBean
    private TokenService tokens;

    @MockitoBean
    private SigningKeys signingKeys;

    @Test
    void aRefreshNeedsNoAccessTokenAndAnswersANewPair() throws Exception {
        given(tokens.refresh("refresh-1")).willReturn(new TokenResponse("access.jwt", "refresh-2", "Bearer", 900));

        mvc.perform(postJson(REFRESH, PRESENTED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refreshToken").value("refresh-2"))
                .andExpect(jsonPath("$.expiresIn").value(900));
    }

    @Test
    void aRejectedRefreshTokenIs401ThatDoesNotSayWhy() throws Exception {
        given(tokens.refresh("refresh-1")).willThrow(new RefreshTokenRejected());

        mvc.perform(postJson(REFRESH, PRESENTED))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "Refresh token rejected"))
                .andExpect(jsonPath("$.detail").value("The refresh token is not valid; log in again."))
                .andExpect(jsonPath("$.reason").doesNotExist());
    }

    @Test
    void aMissingOrOversizedRefreshTokenIs400NamingIt() throws Exception {
        mvc.perform(postJson(REFRESH, "{}")).andExpect(invalidFields("refreshToken"));
        mvc.perform(postJson(LOGOUT, "{\"refreshToken\":\"" + "r".repeat(129) + "\"}"))
                .andExpect(invalidFields("refreshToken"));

        then(tokens).shouldHaveNoInteractions();
    }

    @Test
    void aLogoutIs204AndRevokesThePresentedToken() throws Exception {
        mvc.perform(postJson(LOGOUT, PRESENTED)).andExpect(status().isNoContent());

        then(tokens).should().logout("refresh-1");
    }

    @Test
    void aLogoutWithARejectedTokenIs401() throws Exception {
        willThrow(new RefreshTokenRejected()).given(tokens).logout("refresh-1");

        mvc.perform(postJson(LOGOUT, PRESENTED)).andExpect(problem(HttpStatus.UNAUTHORIZED, "Refresh token rejected"));
    }

    @Test
    void theJwkSetIsPublicAndShowsNoPrivateKeyMaterial() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048)
                .keyID("k1")
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
        given(signingKeys.publicJwkSet()).willReturn(new JWKSet(key));

        mvc.perform(get("/auth/jwks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kid").value("k1"))
                .andExpect(jsonPath("$.keys[0].alg").value("RS256"))
                .andExpect(jsonPath("$.keys[0].n").isNotEmpty())
                .andExpect(jsonPath("$.keys[0].d").doesNotExist())
                .andExpect(jsonPath("$.keys[0].p").doesNotExist());
    }

    @Test
    void theJwkSetIsOnlyReadSoAPostNeedsATokenAndThenIs405() throws Exception {
        mvc.perform(post("/auth/jwks")).andExpect(problem(HttpStatus.UNAUTHORIZED));
        mvc.perform(post("/auth/jwks").with(viewer())).andExpect(problem(HttpStatus.METHOD_NOT_ALLOWED));

        then(signingKeys).shouldHaveNoInteractions();
    }
}
